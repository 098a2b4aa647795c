import { onMounted, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { useFirstPaintHints } from './useFirstPaintHints'
import type { PluralTemplate, SnapshotCorrection, TodaySnapshot } from '@/domain/todaySnapshot'

/**
 * Leaves behind what the next visit needs to paint Today's age before the app has loaded
 * (src/startup/firstPaint.ts): the birth and the words in the language on screen now.
 */
export function useTodaySnapshot(
  birthAt: () => number | null,
  corrected: () => SnapshotCorrection | null = () => null,
): void {
  const { t, locale } = useI18n()
  const hints = useFirstPaintHints()
  const plural = (key: string): PluralTemplate => [t(key, { n: '{n}' }, 1), t(key, { n: '{n}' }, 2)]

  onMounted(() => {
    watch(
      [birthAt, locale, corrected],
      ([at, , correction]) => {
        if (at === null) return hints.rememberTodaySnapshot(null)
        const snapshot: TodaySnapshot = {
          birthAt: at,
          chosenLocale: hints.locale(),
          browserLanguages: navigator.languages.join(','),
          headerHeight: document.querySelector('.app-header')?.getBoundingClientRect().height ?? 0,
          texts: {
            title: t('today.title'),
            ageLine: t('today.age', { age: '{age}' }),
            justBorn: t('age.justBorn'),
            pair: t('age.pair', { first: '{first}', second: '{second}' }),
            minutes: plural('age.minutes'),
            hours: plural('age.hours'),
            days: plural('age.days'),
            weeks: plural('age.weeks'),
          },
        }
        if (correction) snapshot.corrected = correction
        hints.rememberTodaySnapshot(snapshot)
      },
      { immediate: true },
    )
  })
}
