import { useI18n } from 'vue-i18n'
import type { Age } from '@/domain/age'

/** The baby's age in words; two parts go through one message so each language can join them its own way. */
export function useAgeText() {
  const { t } = useI18n()
  return (age: Age): string => {
    switch (age.kind) {
      case 'justBorn':
        return t('age.justBorn')
      case 'minutes':
        return t('age.minutes', age.minutes)
      case 'hoursMinutes':
        return age.minutes === 0
          ? t('age.hours', age.hours)
          : t('age.pair', { first: t('age.hours', age.hours), second: t('age.minutes', age.minutes) })
      case 'days':
        return t('age.days', age.days)
      case 'weeksDays':
        return age.days === 0
          ? t('age.weeks', age.weeks)
          : t('age.pair', { first: t('age.weeks', age.weeks), second: t('age.days', age.days) })
    }
  }
}
