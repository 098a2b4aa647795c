import { CLOCK_SKEW_MS } from './time'
import { WEIGHT_GRAMS } from './weight'

export const logKinds = ['breastfeed', 'bottle', 'expressing', 'nappy', 'sleep', 'weight', 'temperature'] as const
export type LogKind = (typeof logKinds)[number]

export const breastSides = ['left', 'right'] as const
export type BreastSide = (typeof breastSides)[number]
export type FeedSides = BreastSide | 'both'

export const milkKinds = ['expressed', 'formula'] as const
export type MilkKind = (typeof milkKinds)[number]

export const nappyContents = ['wet', 'dirty', 'both'] as const
export type NappyContents = (typeof nappyContents)[number]

/** The chart's four colours, in the order stools usually change over the first week. */
export const stoolColours = ['meconium', 'greenBrown', 'yellow', 'pale'] as const
export type StoolColour = (typeof stoolColours)[number]

/** One stretch at one breast; a pause ends a segment, a resume or a side switch opens the next. */
export interface FeedSegment {
  side: BreastSide
  start: number
  end: number | null
}

export type LogDetails =
  | { kind: 'breastfeed'; segments: FeedSegment[]; /** On hold: no open segment, but not finished. */ paused: boolean }
  | { kind: 'bottle'; milk: MilkKind; ml: number }
  | { kind: 'expressing'; leftMl: number; rightMl: number }
  | { kind: 'nappy'; contents: NappyContents; stool: StoolColour | null }
  | { kind: 'sleep'; end: number | null }
  | {
      kind: 'weight'
      grams: number
      /** Measured at the same visit, if at all: the growth chart plots them against the WHO standards. */
      lengthCm?: number | null
      headCm?: number | null
    }
  | { kind: 'temperature'; celsius: number }

/** What a parent enters: the time (a feed's or a sleep's start), an optional note and the details. */
export type LogContent = LogDetails & { at: number; note: string }

/**
 * A stored record, ready to be shared between two phones: a random id, hybrid-logical-clock stamps
 * (packed, see hlc.ts) and a tombstone instead of a deletion, so a delete travels like an edit.
 */
export type LogEvent = LogContent & {
  id: string
  babyId: string
  createdAt: string
  updatedAt: string
  deleted: boolean
}

export const babySexes = ['female', 'male'] as const
export type BabySex = (typeof babySexes)[number]

export interface Baby {
  id: string
  /** The WHO growth standards are by sex; absent or null until the parent says. */
  sex?: BabySex | null
  /** Optional: only shown when there are two or three babies. */
  name: string | null
  colour: string | null
  /** Measured at birth; without it the first weight in the first 24 hours stands in. */
  birthWeightGrams: number | null
  createdAt: string
  updatedAt: string
  deleted: boolean
}

export const NOTE_MAX_LENGTH = 500
export const ML_MAX = 500
export const CELSIUS = { min: 30, max: 45 } as const
/** Wide enough for a baby born very early and for a two-year-old; the form and a backup share them. */
export const LENGTH_CM = { min: 20, max: 130 } as const
export const HEAD_CM = { min: 15, max: 60 } as const

export type LogField =
  | 'at'
  | 'end'
  | 'ml'
  | 'leftMl'
  | 'rightMl'
  | 'grams'
  | 'lengthCm'
  | 'headCm'
  | 'celsius'
  | 'stool'
  | 'note'
  | 'segments'
export type LogErrorCode =
  | 'inFuture'
  | 'endBeforeStart'
  | 'mlRange'
  | 'expressingEmpty'
  | 'gramsRange'
  | 'lengthRange'
  | 'headRange'
  | 'celsiusRange'
  | 'stoolWithoutDirty'
  | 'noteTooLong'
  | 'segmentsInvalid'

export type LogValidation =
  { ok: true; content: LogContent } | { ok: false; errors: Partial<Record<LogField, LogErrorCode>> }

const wholeIn = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max
const optionalIn = (value: number | null | undefined, range: { min: number; max: number }) =>
  value === null || value === undefined || (value >= range.min && value <= range.max)

/** Checks what a parent entered; error codes are locale keys under `log.errors`. */
export function validateLogContent(content: LogContent, now: number): LogValidation {
  const errors: Partial<Record<LogField, LogErrorCode>> = {}
  const latest = now + CLOCK_SKEW_MS
  if (!Number.isFinite(content.at) || content.at > latest) errors.at = 'inFuture'
  if (content.note.length > NOTE_MAX_LENGTH) errors.note = 'noteTooLong'
  switch (content.kind) {
    case 'breastfeed': {
      const ordered = content.segments.every(
        (segment, index, all) =>
          (segment.end === null ? index === all.length - 1 : segment.end >= segment.start) &&
          (index === 0 || segment.start >= (all[index - 1]!.end ?? Infinity)),
      )
      if (content.segments.length === 0 || !ordered) errors.segments = 'segmentsInvalid'
      else if (content.segments.some((segment) => (segment.end ?? segment.start) > latest)) errors.end = 'inFuture'
      break
    }
    case 'bottle':
      if (!wholeIn(content.ml, 1, ML_MAX)) errors.ml = 'mlRange'
      break
    case 'expressing':
      if (!wholeIn(content.leftMl, 0, ML_MAX)) errors.leftMl = 'mlRange'
      if (!wholeIn(content.rightMl, 0, ML_MAX)) errors.rightMl = 'mlRange'
      if (!errors.leftMl && !errors.rightMl && content.leftMl + content.rightMl === 0) errors.leftMl = 'expressingEmpty'
      break
    case 'nappy':
      if (content.stool !== null && content.contents === 'wet') errors.stool = 'stoolWithoutDirty'
      break
    case 'sleep':
      if (content.end !== null && content.end < content.at) errors.end = 'endBeforeStart'
      else if (content.end !== null && content.end > latest) errors.end = 'inFuture'
      break
    case 'weight':
      if (!wholeIn(content.grams, WEIGHT_GRAMS.min, WEIGHT_GRAMS.max)) errors.grams = 'gramsRange'
      if (!optionalIn(content.lengthCm, LENGTH_CM)) errors.lengthCm = 'lengthRange'
      if (!optionalIn(content.headCm, HEAD_CM)) errors.headCm = 'headRange'
      break
    case 'temperature':
      if (!(content.celsius >= CELSIUS.min && content.celsius <= CELSIUS.max)) errors.celsius = 'celsiusRange'
      break
  }
  return Object.keys(errors).length === 0
    ? { ok: true, content: { ...content, note: content.note.trim() } }
    : { ok: false, errors }
}

// ---- Feeds: every figure derives from the stored instants, so a reload or a sleeping phone loses nothing.

export function feedSides(segments: readonly FeedSegment[]): FeedSides {
  const sides = new Set(segments.map((segment) => segment.side))
  return sides.size === 1 ? [...sides][0]! : 'both'
}

export const otherSide = (side: BreastSide): BreastSide => (side === 'left' ? 'right' : 'left')

/** A timer that is not finished: a feed with an open segment or on pause, a sleep without an end. */
export function isRunning(event: LogContent): boolean {
  if (event.kind === 'breastfeed') return event.paused || event.segments.at(-1)?.end === null
  if (event.kind === 'sleep') return event.end === null
  return false
}

export function startFeed(side: BreastSide, now: number): LogDetails & { kind: 'breastfeed' } {
  return { kind: 'breastfeed', segments: [{ side, start: now, end: null }], paused: false }
}

const closeOpen = (segments: readonly FeedSegment[], now: number): FeedSegment[] =>
  segments.map((segment) => (segment.end === null ? { ...segment, end: Math.max(now, segment.start) } : segment))

export function pauseFeed(segments: readonly FeedSegment[], now: number): FeedSegment[] {
  return closeOpen(segments, now)
}

export function resumeFeed(segments: readonly FeedSegment[], now: number): FeedSegment[] {
  const closed = closeOpen(segments, now)
  const side = closed.at(-1)?.side ?? 'left'
  return [...closed, { side, start: Math.max(now, closed.at(-1)?.end ?? now), end: null }]
}

export function switchSide(segments: readonly FeedSegment[], now: number): FeedSegment[] {
  const closed = closeOpen(segments, now)
  const side = otherSide(closed.at(-1)?.side ?? 'right')
  return [...closed, { side, start: Math.max(now, closed.at(-1)?.end ?? now), end: null }]
}

/** Time actually at the breast: pauses do not count. */
export function feedDuration(segments: readonly FeedSegment[], now: number): number {
  return segments.reduce((total, segment) => total + Math.max(0, (segment.end ?? now) - segment.start), 0)
}

/** When an event ended (null while it runs): a feed's last segment, a sleep's end, or its instant. */
export function endOf(event: LogContent): number | null {
  if (event.kind === 'breastfeed') return event.segments.at(-1)?.end ?? null
  if (event.kind === 'sleep') return event.end
  return event.at
}

/** Elapsed time of a running timer, from its stored start. */
export function elapsed(event: LogContent, now: number): number {
  if (event.kind === 'breastfeed') return feedDuration(event.segments, now)
  return Math.max(0, (endOf(event) ?? now) - event.at)
}

export const isFeed = (event: LogContent) => event.kind === 'breastfeed' || event.kind === 'bottle'

/** "Start on the other side next": the side the last breastfeed ended on, switched. */
export function suggestedNextSide(events: readonly LogEvent[]): BreastSide | null {
  const last = latest(events.filter((event) => event.kind === 'breastfeed' && !event.deleted))
  if (!last || last.kind !== 'breastfeed') return null
  const side = last.segments.at(-1)?.side
  return side ? otherSide(side) : null
}

function latest(events: readonly LogEvent[]): LogEvent | undefined {
  let found: LogEvent | undefined
  for (const event of events) if (!found || event.at > found.at) found = event
  return found
}

export type SinceFrom = 'start' | 'end'

/**
 * Time since the last feed, counted from its start (how midwives count) or its end, as the parent
 * chooses. A feed still running counts as "now" from its end: zero.
 */
export function sinceLastFeed(events: readonly LogEvent[], now: number, from: SinceFrom): number | null {
  const last = latest(events.filter((event) => isFeed(event) && !event.deleted && event.at <= now))
  if (!last) return null
  const reference = from === 'start' ? last.at : (endOf(last) ?? now)
  return Math.max(0, now - reference)
}

/** The events still in the log, newest first: tombstones are kept for syncing, never shown. */
export function visibleEvents(events: readonly LogEvent[]): LogEvent[] {
  return events.filter((event) => !event.deleted).sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1))
}

export function runningEvents(events: readonly LogEvent[]): LogEvent[] {
  return events.filter((event) => !event.deleted && isRunning(event))
}
