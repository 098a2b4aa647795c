import { useI18n } from 'vue-i18n'
import { feedDuration, feedSides, type LogEvent } from '@/domain/babyLog'
import { HOUR_MS, MINUTE_MS } from '@/domain/time'

/** How log events and durations read in the chosen language. */
export function useLogText() {
  const { t } = useI18n()

  function duration(ms: number): string {
    const minutes = Math.floor(ms / MINUTE_MS)
    if (minutes < 60) return t('log.duration.minutes', { m: minutes })
    return t('log.duration.hoursMinutes', { h: Math.floor(ms / HOUR_MS), m: minutes % 60 })
  }

  /** A running timer as a clock: 12:05, or 1:12:05 past the hour. */
  function clock(ms: number): string {
    const seconds = Math.floor(ms / 1000)
    const two = (n: number) => String(n).padStart(2, '0')
    const h = Math.floor(seconds / 3600)
    const rest = `${two(Math.floor((seconds % 3600) / 60))}:${two(seconds % 60)}`
    return h > 0 ? `${h}:${rest}` : rest
  }

  function summary(event: LogEvent, now: number): string {
    switch (event.kind) {
      case 'breastfeed':
        return t('log.summary.breastfeed', {
          side: t(`log.side.${feedSides(event.segments)}`),
          duration: duration(feedDuration(event.segments, now)),
        })
      case 'bottle':
        return t('log.summary.bottle', { milk: t(`log.milk.${event.milk}`), ml: event.ml })
      case 'expressing':
        return t('log.summary.expressing', { left: event.leftMl, right: event.rightMl })
      case 'nappy':
        return event.stool
          ? t('log.summary.nappyStool', {
              contents: t(`log.nappy.${event.contents}`),
              stool: t(`log.stool.${event.stool}`),
            })
          : t(`log.nappy.${event.contents}`)
      case 'sleep':
        return t('log.summary.sleep', { duration: duration((event.end ?? now) - event.at) })
      case 'weight':
        return t('log.summary.weight', { grams: event.grams })
      case 'temperature':
        return t('log.summary.temperature', { celsius: event.celsius.toFixed(1) })
    }
  }

  return { duration, clock, summary }
}
