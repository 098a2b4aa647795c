import { appliesTo, moments, windowOf, type Moment, type MomentProfile } from './moments'
import { babyDay, DAY_MS, WEEK_MS } from './time'

/** The timeline covers the first twelve weeks: browsing, reminders and calendar export stop there. */
const LAST_WEEK = 12
/** The last day that can be browsed, counting day 0 as the first 24 hours. */
export const LAST_DAY = (LAST_WEEK * WEEK_MS) / DAY_MS

/** A moment placed on the clock for one birth: absolute instants, start inclusive, end exclusive. */
export interface ScheduledMoment {
  moment: Moment
  startsAt: number
  endsAt: number
}

export function schedule(birthAt: number, profile: MomentProfile): ScheduledMoment[] {
  return moments
    .filter((moment) => appliesTo(moment, profile))
    .map((moment) => {
      const window = windowOf(moment, profile.country)
      return { moment, startsAt: birthAt + window.startMs, endsAt: birthAt + window.endMs }
    })
}

const isCurrent = (item: ScheduledMoment, now: number) => item.startsAt <= now && now < item.endsAt

/**
 * What matters now: time-critical cards first (the soonest ending first), then the most recently
 * started, so a new card comes before one that has been running for weeks.
 */
export function currentMoments(birthAt: number, profile: MomentProfile, now: number): ScheduledMoment[] {
  return schedule(birthAt, profile)
    .filter((item) => isCurrent(item, now))
    .sort((a, b) => {
      const critical = Number(!!b.moment.timeCritical) - Number(!!a.moment.timeCritical)
      if (critical !== 0) return critical
      if (a.moment.timeCritical) return a.endsAt - b.endsAt
      return b.startsAt - a.startsAt
    })
}

/** What comes next, the soonest first. */
export function nextMoments(birthAt: number, profile: MomentProfile, now: number, limit = Infinity): ScheduledMoment[] {
  return schedule(birthAt, profile)
    .filter((item) => item.startsAt > now)
    .sort((a, b) => a.startsAt - b.startsAt)
    .slice(0, limit)
}

/** The baby's day for browsing the timeline: before the birth it is day 0. */
export function dayIndex(birthAt: number, now: number): number {
  return Math.max(0, babyDay(now, birthAt))
}

export function dayStart(birthAt: number, day: number): number {
  return birthAt + day * DAY_MS
}

/** Every card whose window overlaps day N, in the order they begin. */
export function dayPlan(birthAt: number, profile: MomentProfile, day: number): ScheduledMoment[] {
  const from = dayStart(birthAt, day)
  const to = from + DAY_MS
  return schedule(birthAt, profile)
    .filter((item) => item.startsAt < to && item.endsAt > from)
    .sort((a, b) => a.startsAt - b.startsAt)
}

/** Cards whose window began after the app was last open and at or before now, the oldest first. */
export function dueSince(
  birthAt: number,
  profile: MomentProfile,
  lastOpenedAt: number,
  now: number,
): ScheduledMoment[] {
  return schedule(birthAt, profile)
    .filter((item) => item.startsAt > lastOpenedAt && item.startsAt <= now)
    .sort((a, b) => a.startsAt - b.startsAt)
}

/** The next instant at which a card starts or ends, so a view can re-render exactly then; null when none is left. */
export function nextBoundary(birthAt: number, profile: MomentProfile, now: number): number | null {
  let next: number | null = null
  for (const item of schedule(birthAt, profile)) {
    for (const edge of [item.startsAt, item.endsAt]) {
      if (edge > now && (next === null || edge < next)) next = edge
    }
  }
  return next
}

/** Cards still ahead within the first twelve weeks, for reminders in the phone's own calendar. */
export function upcomingForCalendar(birthAt: number, profile: MomentProfile, now: number): ScheduledMoment[] {
  return nextMoments(birthAt, profile, now).filter((item) => item.startsAt - birthAt < LAST_WEEK * WEEK_MS)
}
