import { useI18n } from 'vue-i18n'
import { babyLabel, isBabyColour, type BabyColour } from '@/domain/babies'
import { useBabyLogStore } from '@/stores/babyLog'

/** How twins and triplets are called on screen: the name given, or "Baby A", "Baby B", "Baby C". */
export function useBabyNames() {
  const { t } = useI18n()
  const log = useBabyLogStore()

  function nameOf(id: string): string {
    const label = babyLabel(log.babies, id)
    return 'name' in label ? label.name : t('log.babies.letter', { letter: label.letter })
  }

  function colourOf(id: string): BabyColour | null {
    const colour = log.babies.find((baby) => baby.id === id)?.colour
    return isBabyColour(colour) ? colour : null
  }

  /** A text said of one baby, prefixed with its name only when there are several. */
  function of(id: string, text: string): string {
    return log.several ? t('log.babies.labelled', { baby: nameOf(id), text }) : text
  }

  /** The same, for the baby whose log is on view. */
  const ofViewed = (text: string): string => (log.baby ? of(log.baby.id, text) : text)

  return { nameOf, colourOf, of, ofViewed }
}
