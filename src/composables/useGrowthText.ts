import { useI18n } from 'vue-i18n'
import { chartAge, type CentilePosition, type GrowthPoint } from '@/domain/growth'

/** How the growth chart's figures read in the chosen language: never a verdict, only where the lines are. */
export function useGrowthText() {
  const { t, n } = useI18n()

  const weight = (grams: number) => t('growth.grams', { grams: n(grams) })

  function age(days: number, corrected: boolean): string {
    const { unit, value } = chartAge(days)
    const text = t(`growth.age.${unit}`, { n: value }, value)
    return corrected ? t('growth.ageCorrected', { age: text }) : text
  }

  const line = (centile: number) => t(`growth.line.${centile}`)

  function position(where: CentilePosition): string {
    if (where.kind === 'between')
      return t('growth.position.between', { below: line(where.below), above: line(where.above) })
    return t(`growth.position.${where.kind}`, { line: line(where.line) })
  }

  const change = (percent: number) =>
    n(percent / 100, {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    })

  /** The chart's text alternative: the last weight, where it lies, and what the chart can and cannot say. */
  function summary(points: readonly GrowthPoint[], withCentiles: boolean, bornAtWeeks: number | null): string[] {
    const last = points.at(-1)
    if (!last) return [t('growth.empty')]
    const corrected = bornAtWeeks !== null && last.plotDays >= 0
    const lines: string[] = []
    const at = { weight: weight(last.grams), age: age(corrected ? last.plotDays : last.ageDays, corrected) }
    lines.push(
      last.position
        ? t('growth.lastWeightAt', { ...at, position: position(last.position) })
        : t('growth.lastWeight', at),
    )
    if (last.changeFromBirth !== null) lines.push(t('growth.changeFromBirth', { change: change(last.changeFromBirth) }))
    if (!withCentiles) lines.push(t('growth.noSex'))
    else if (last.plotDays < 0) lines.push(t('growth.beforeDue'))
    if (bornAtWeeks !== null) lines.push(t('growth.corrected', { weeks: bornAtWeeks }))
    return lines
  }

  return { weight, age, position, change, summary }
}
