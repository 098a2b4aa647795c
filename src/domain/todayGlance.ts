import type { ScheduledMoment } from './timeline'

/** Time-critical moments that end at the same instant: one countdown counts down for all of them. */
export interface CountdownGroup {
  endsAt: number
  moments: readonly ScheduledMoment[]
}

/**
 * Today at a glance: one card open in full, the rest as a short list, and never two clocks counting
 * down to the same instant.
 */
export interface TodayGlance {
  /** The card shown open: the most time-critical one, or when none is, the first current card. */
  lead: ScheduledMoment | null
  /** Time-critical cards ending with the lead: the lead's countdown is theirs too. */
  endingWithLead: readonly ScheduledMoment[]
  /** The other countdowns, one per end instant, the soonest first. */
  countdowns: readonly CountdownGroup[]
  /** Every other current card, in the order given. */
  others: readonly ScheduledMoment[]
}

/** The time-critical card whose window closes first; the earlier one in the list on a tie. Null when none is. */
export function mostTimeCritical(current: readonly ScheduledMoment[]): ScheduledMoment | null {
  let soonest: ScheduledMoment | null = null
  for (const item of current) {
    if (item.moment.timeCritical && (soonest === null || item.endsAt < soonest.endsAt)) soonest = item
  }
  return soonest
}

/** The time-critical cards grouped by the instant they end, the soonest first; each group keeps the list's order. */
export function countdownGroups(items: readonly ScheduledMoment[]): CountdownGroup[] {
  const byEnd = new Map<number, ScheduledMoment[]>()
  for (const item of items) {
    if (!item.moment.timeCritical) continue
    const group = byEnd.get(item.endsAt)
    if (group) group.push(item)
    else byEnd.set(item.endsAt, [item])
  }
  return [...byEnd.entries()].sort(([a], [b]) => a - b).map(([endsAt, moments]) => ({ endsAt, moments }))
}

/** Splits the current cards (as `currentMoments` orders them) into what Today shows open, grouped and listed. */
export function todayGlance(current: readonly ScheduledMoment[]): TodayGlance {
  const lead = mostTimeCritical(current) ?? current[0] ?? null
  const rest = current.filter((item) => item !== lead)
  const groups = countdownGroups(rest)
  const leadCountsDown = lead?.moment.timeCritical === true
  const sharesLeadsEnd = (group: CountdownGroup) => leadCountsDown && group.endsAt === lead.endsAt
  return {
    lead,
    endingWithLead: groups.find(sharesLeadsEnd)?.moments ?? [],
    countdowns: groups.filter((group) => !sharesLeadsEnd(group)),
    others: rest.filter((item) => !item.moment.timeCritical),
  }
}
