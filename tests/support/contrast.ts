/** WCAG 2.x contrast between colours written as CSS hex (#rgb or #rrggbb). */

export type Rgb = readonly [number, number, number]

export function parseHexColor(hex: string): Rgb {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim())
  if (!match) throw new Error(`Not a hex colour: ${hex}`)
  const digits = match[1]!.length === 3 ? [...match[1]!].map((digit) => digit + digit).join('') : match[1]!
  return [0, 2, 4].map((start) => parseInt(digits.slice(start, start + 2), 16)) as unknown as Rgb
}

/** Relative luminance as WCAG defines it (sRGB, linearised). */
export function relativeLuminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

export function contrastRatio(foreground: string, background: string): number {
  const [lighter, darker] = [
    relativeLuminance(parseHexColor(foreground)),
    relativeLuminance(parseHexColor(background)),
  ].sort((a, b) => b - a)
  return (lighter! + 0.05) / (darker! + 0.05)
}

/** WCAG 2.2 AA: 4.5:1 for text, 3:1 for large text and for the edges of controls and focus rings (1.4.11). */
export const AA_TEXT = 4.5
export const AA_NON_TEXT = 3
