import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AA_NON_TEXT, AA_TEXT, contrastRatio } from '../../support/contrast'
import { themeColors } from '@/startup/documentTheme'

const css = readFileSync(join(__dirname, '../../../src/styles/tokens.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')

/** The custom properties declared in the first rule whose selector is exactly `selector`. */
function declarations(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`)
  if (start < 0) throw new Error(`No rule for ${selector}`)
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start))
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]))
}

const light = declarations(':root')
const themes = {
  light,
  dark: { ...light, ...declarations(":root[data-theme='dark']") },
  night: { ...light, ...declarations(":root[data-theme='night']") },
}

const textPairs: [string, string][] = [
  ...['bg', 'surface', 'surface-raised', 'muted-surface', 'accent-soft', 'danger-soft', 'success-soft'].map(
    (bg): [string, string] => ['text', bg],
  ),
  ...['bg', 'surface', 'surface-raised', 'muted-surface', 'accent-soft'].map((bg): [string, string] => [
    'text-muted',
    bg,
  ]),
  ...['bg', 'surface', 'surface-raised', 'accent-soft'].map((bg): [string, string] => ['accent-text', bg]),
  ['on-accent', 'accent'],
  ...['bg', 'surface', 'surface-raised', 'danger-soft'].map((bg): [string, string] => ['danger-text', bg]),
  ...['bg', 'surface', 'success-soft'].map((bg): [string, string] => ['success-text', bg]),
]
// Edges that identify a control or show focus need 3:1 against what surrounds them (WCAG 1.4.11).
const nonTextPairs: [string, string][] = ['bg', 'surface', 'surface-raised'].flatMap((bg): [string, string][] => [
  ['control-border', bg],
  ['focus', bg],
  ['accent', bg],
])

describe.each(Object.entries(themes))('the %s theme', (_name, tokens) => {
  const color = (token: string) => {
    const value = tokens[`color-${token}`]
    if (!value) throw new Error(`Missing --color-${token}`)
    return value
  }

  it.each(textPairs)('keeps %s on %s at AA contrast for text', (foreground, background) => {
    expect(contrastRatio(color(foreground), color(background))).toBeGreaterThanOrEqual(AA_TEXT)
  })

  it.each(nonTextPairs)('keeps %s against %s at 3:1 for controls', (foreground, background) => {
    expect(contrastRatio(color(foreground), color(background))).toBeGreaterThanOrEqual(AA_NON_TEXT)
  })
})

describe('the themes', () => {
  it('follow the device into dark mode with exactly the dark theme', () => {
    expect(declarations(':root:not([data-theme])')).toEqual(declarations(":root[data-theme='dark']"))
  })

  it('keep night mode free of white and far dimmer than the day themes', () => {
    const night = Object.values(declarations(":root[data-theme='night']")).join(' ')
    expect(night).not.toMatch(/#fff\b|#ffffff|white/i)
    expect(contrastRatio(themes.night['color-text']!, themes.night['color-bg']!)).toBeLessThan(
      contrastRatio(themes.dark['color-text']!, themes.dark['color-bg']!) - 4,
    )
  })

  it('give the browser bar the same colour as the page background', () => {
    for (const theme of ['light', 'dark', 'night'] as const) expect(themeColors[theme]).toBe(themes[theme]['color-bg'])
  })
})
