import { useI18n } from 'vue-i18n'
import { chartAge, type CentilePosition, type GrowthMeasure, type GrowthPoint } from '@/domain/growth'

/** How the growth chart's figures read in the chosen language: never a verdict, only where the lines are. */
export function useGrowthText() {
  const { t, n } = useI18n()

  const weight = (grams: number) => t('growth.grams', { grams: n(grams) })
  const centimetres = (cm: number) => t('growth.cm', { cm: n(cm, { maximumFractionDigits: 1 }) })
  /** A chart's figure in words: kg are shown as grams, as the scales and the red book show them. */
  const figure = (measure: GrowthMeasure, value: number) =>
    measure === 'weight' ? weight(Math.round(value * 1000)) : centimetres(value)

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

  /** The chart's text alternative: the last figure, where it lies, and what the chart can and cannot say. */
  function summary(
    points: readonly GrowthPoint[],
    withCentiles: boolean,
    bornAtWeeks: number | null,
    measure: GrowthMeasure = 'weight',
  ): string[] {
    const last = points.at(-1)
    if (!last) return [t('growth.empty')]
    const corrected = bornAtWeeks !== null && last.plotDays >= 0
    const lines: string[] = []
    const at = { value: figure(measure, last.value), age: age(corrected ? last.plotDays : last.ageDays, corrected) }
    lines.push(
      last.position
        ? t(`growth.last.${measure}At`, { ...at, position: position(last.position) })
        : t(`growth.last.${measure}`, at),
    )
    if (last.changeFromBirth !== null) lines.push(t('growth.changeFromBirth', { change: change(last.changeFromBirth) }))
    if (!withCentiles) lines.push(t('growth.noSex'))
    else if (last.plotDays < 0) lines.push(t('growth.beforeDue'))
    if (bornAtWeeks !== null) lines.push(t('growth.corrected', { weeks: bornAtWeeks }))
    return lines
  }

  return { figure, age, position, change, summary }
}
