/** Newborn weights the log accepts, in grams: wider than any real baby, narrow enough to catch a typo. */
export const WEIGHT_GRAMS = { min: 300, max: 9_000 } as const

/**
 * A weight as a tired parent types it: "3450", "3 450 g", "3.45 kg", "3,45" (a number under 20
 * is read as kilograms). Null when it cannot be read; the view shows what was understood.
 */
export function parseWeight(input: string): number | null {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ')
  const match = /^(\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?) ?(kg|g)?$/.exec(text)
  if (!match) return null
  const number = Number(match[1]!.replace(/[ \u00a0]/g, '').replace(',', '.'))
  if (!Number.isFinite(number)) return null
  const unit = match[2] ?? (number < 20 ? 'kg' : 'g')
  return Math.round(unit === 'kg' ? number * 1000 : number)
}

/** The change from the birth weight in percent, one decimal: −7.2 means 7.2 % below. */
export function changeFromBirth(grams: number, birthGrams: number): number {
  return Math.round(((grams - birthGrams) / birthGrams) * 1000) / 10
}

/**
 * A length or head circumference as typed: "51", "51,5", "51.5 cm". To the millimetre, as measured.
 * Null when it cannot be read (the form then says what it takes).
 */
export function parseCentimetres(input: string): number | null {
  const match = /^(\d+(?:[.,]\d+)?) ?(cm)?$/.exec(input.trim().toLowerCase())
  if (!match) return null
  return Math.round(Number(match[1]!.replace(',', '.')) * 10) / 10
}
