/** The language used when none of the browser's languages is available. */
export const FALLBACK_LOCALE = 'en'

/**
 * Picks the best available locale for a list of preferred BCP 47 tags (as in navigator.languages):
 * an exact match first, then the same base language ("sv-FI" → "sv"), then the fallback.
 */
export function negotiateLocale(preferred: readonly string[], available: readonly string[], fallback: string): string {
  const lowerAvailable = available.map((tag) => tag.toLowerCase())
  for (const tag of preferred) {
    const wanted = tag.toLowerCase()
    const exact = lowerAvailable.indexOf(wanted)
    if (exact >= 0) return available[exact]!
    const base = wanted.split('-')[0]
    const sameBase = lowerAvailable.findIndex((candidate) => candidate.split('-')[0] === base)
    if (sameBase >= 0) return available[sameBase]!
  }
  return fallback
}

/** The file name of a locale module, e.g. "../locales/sv.json" → "sv". */
export function localeFromPath(path: string): string | undefined {
  return /([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.json$/.exec(path)?.[1]
}
