import type { LogDetails, LogEvent } from '@/domain/babyLog'

let counter = 0

/** A stored log event for tests: a fresh id, stamps and no note unless given. */
export function logEvent(at: number, details: LogDetails, extra: Partial<LogEvent> = {}): LogEvent {
  counter += 1
  const stamp = `${String(at).padStart(15, '0')}:000000:test-device`
  return {
    id: `e${counter}`,
    babyId: 'b1',
    at,
    note: '',
    createdAt: stamp,
    updatedAt: stamp,
    deleted: false,
    ...details,
    ...extra,
  } as LogEvent
}

export const wet = (at: number, extra: Partial<LogEvent> = {}) =>
  logEvent(at, { kind: 'nappy', contents: 'wet', stool: null }, extra)
export const dirty = (at: number, stool: 'meconium' | 'greenBrown' | 'yellow' | 'pale' | null = 'yellow') =>
  logEvent(at, { kind: 'nappy', contents: 'dirty', stool })
export const feed = (at: number, minutes = 15) =>
  logEvent(at, {
    kind: 'breastfeed',
    segments: [{ side: 'left', start: at, end: at + minutes * 60_000 }],
    paused: false,
  })
