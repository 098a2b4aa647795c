import { useEventListener } from '@vueuse/core'
import { onScopeDispose, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { MINUTE_MS } from '@/domain/time'

export interface MomentClockOptions {
  /** The next instant something changes (a window opens or closes), or null when nothing will. */
  nextEdge: (now: number) => number | null
  /** Minute ticks fall on whole minutes counted from this instant (the birth), so "42 minutes" turns over on time. */
  anchor: MaybeRefOrGetter<number | null>
}

/**
 * "Now" for the timeline: it moves exactly at each window edge and at least once a minute, and
 * catches up when the app comes back to the foreground (phones pause timers in the background).
 */
export function useMomentClock(options: MomentClockOptions) {
  const now = shallowRef(Date.now())
  let timer: ReturnType<typeof setTimeout> | undefined

  function untilNextMinute(at: number): number {
    const anchor = toValue(options.anchor) ?? 0
    const intoMinute = (((at - anchor) % MINUTE_MS) + MINUTE_MS) % MINUTE_MS
    return MINUTE_MS - intoMinute
  }

  function schedule(): void {
    clearTimeout(timer)
    const edge = options.nextEdge(now.value)
    // Capping at a minute also keeps clear of setTimeout's 32-bit limit for edges weeks away.
    const delay = Math.min(untilNextMinute(now.value), edge === null ? MINUTE_MS : Math.max(edge - now.value, 0))
    timer = setTimeout(tick, delay)
  }

  function tick(): void {
    now.value = Date.now()
  }

  // Every tick moves now (each delay is at least a millisecond), so this re-arms the timer; so does a new birth time.
  watch(() => [now.value, toValue(options.anchor), options.nextEdge(now.value)], schedule, { immediate: true })
  useEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') tick()
  })
  onScopeDispose(() => clearTimeout(timer))

  return { now, refresh: tick }
}
