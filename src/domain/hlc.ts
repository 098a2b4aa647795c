/**
 * A hybrid logical clock: stamps that order edits across two phones even when their clocks
 * disagree. A stamp is the wall time, a counter for events within the same millisecond (or while
 * this device's clock is behind one it has seen), and a random device id as the final tie-break.
 * Stored packed as a fixed-width string, so an index or a plain string comparison orders stamps.
 */
export interface HlcStamp {
  wallMs: number
  counter: number
  deviceId: string
}

const WALL_DIGITS = 15
const COUNTER_DIGITS = 6

export function compareStamps(a: HlcStamp, b: HlcStamp): number {
  if (a.wallMs !== b.wallMs) return a.wallMs < b.wallMs ? -1 : 1
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1
  if (a.deviceId === b.deviceId) return 0
  return a.deviceId < b.deviceId ? -1 : 1
}

/** The stamp for an event on this device: after everything it has stamped or received. */
export function nextStamp(last: HlcStamp | null, now: number, deviceId: string): HlcStamp {
  if (!last || now > last.wallMs) return { wallMs: now, counter: 0, deviceId }
  return { wallMs: last.wallMs, counter: last.counter + 1, deviceId }
}

/** The local clock after seeing another device's stamp: later than both, whatever the wall clocks say. */
export function receiveStamp(last: HlcStamp | null, remote: HlcStamp, now: number, deviceId: string): HlcStamp {
  const localWall = last?.wallMs ?? -1
  const wallMs = Math.max(localWall, remote.wallMs, now)
  let counter = 0
  if (wallMs === localWall && wallMs === remote.wallMs) counter = Math.max(last!.counter, remote.counter) + 1
  else if (wallMs === localWall) counter = last!.counter + 1
  else if (wallMs === remote.wallMs) counter = remote.counter + 1
  return { wallMs, counter, deviceId }
}

export function packStamp(stamp: HlcStamp): string {
  return `${String(stamp.wallMs).padStart(WALL_DIGITS, '0')}:${String(stamp.counter).padStart(COUNTER_DIGITS, '0')}:${stamp.deviceId}`
}

const PACKED = /^(\d{15}):(\d{6}):([A-Za-z0-9-]{1,64})$/

export function unpackStamp(packed: string): HlcStamp | null {
  const match = PACKED.exec(packed)
  if (!match) return null
  return { wallMs: Number(match[1]), counter: Number(match[2]), deviceId: match[3]! }
}

export function isPackedStamp(value: unknown): value is string {
  return typeof value === 'string' && PACKED.test(value)
}

/** A device id is random and says nothing about the person or the phone. */
export function isDeviceId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(value)
}
