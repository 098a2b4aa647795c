import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { birthDaysAgo, chooseLanguage, completeFirstRun, expect, test } from './fixtures'

// Seven and a half weeks before the fixture clock (fixtures.ts), whatever today is.
const BIRTH = birthDaysAgo(53)

const languages = ['en', 'sv', 'nl'] as const
const themes = ['light', 'dark', 'night'] as const
const viewports = [
  { width: 360, height: 740 },
  { width: 768, height: 1024 },
] as const

const views = [
  { name: 'today', path: '/' },
  { name: 'timeline', path: '/timeline' },
  { name: 'calm', path: '/calm' },
  { name: 'journal', path: '/journal' },
  { name: 'settings', path: '/settings' },
  { name: 'help', path: '/help' },
  { name: 'welcome', path: '/welcome' },
  { name: 'partner', path: '/partner' },
  { name: 'sources', path: '/sources' },
  { name: 'restore', path: '/restore' },
  { name: 'family', path: '/family' },
]

async function switchLanguage(page: Page, language: string): Promise<void> {
  await page.goto('/settings')
  await chooseLanguage(page, language)
  await expect(page.locator('html')).toHaveAttribute('lang', language)
}

async function chooseTheme(page: Page, theme: string): Promise<void> {
  await page.goto('/settings')
  await page.locator(`input[name="theme"][value="${theme}"]`).check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
}

/** Text cut off or pushed out: elements wider than their box, or reaching past the screen's edges. */
function findOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')} "${(element.textContent ?? '').trim().slice(0, 40)}"`
    const problems: string[] = []
    if (document.documentElement.scrollWidth > viewport + 1)
      problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${viewport})`)
    for (const element of document.querySelectorAll('body *')) {
      if (element.closest('.visually-hidden, .skip-link, svg, option')) continue
      const style = getComputedStyle(element)
      if (style.display === 'none' || style.visibility === 'hidden') continue
      const rect = element.getBoundingClientRect()
      if (rect.width === 0 || rect.height === 0) continue
      if (rect.right > viewport + 1 || rect.left < -1)
        problems.push(`${name(element)} reaches past the screen (${Math.round(rect.left)}–${Math.round(rect.right)})`)
      if (element instanceof HTMLSelectElement) {
        // A closed select shows only its chosen option (Chromium 150 sizes scrollWidth by the widest
        // of all options): what a parent must be able to read is the chosen one.
        const context = document.createElement('canvas').getContext('2d')!
        context.font = style.font
        const chosen = element.selectedOptions[0]?.text ?? ''
        const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
        if (context.measureText(chosen).width > room + 1)
          problems.push(
            `${name(element)} cuts off "${chosen}" (${Math.round(context.measureText(chosen).width)} > ${room})`,
          )
        continue
      }
      const scrollsOnPurpose = /auto|scroll/.test(style.overflowX)
      if (!scrollsOnPurpose && element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1) {
        problems.push(`${name(element)} overflows its box (${element.scrollWidth} > ${element.clientWidth})`)
      }
    }
    return problems
  })
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  )
}

for (const language of languages) {
  test(`every main view in ${language}, in every theme, at phone and tablet size: screenshots, no axe violations, nothing overflows`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(10 * 60_000)
    await completeFirstRun(page, BIRTH)
    await switchLanguage(page, language)
    const failures: string[] = []
    for (const theme of themes) {
      await chooseTheme(page, theme)
      for (const viewport of viewports) {
        await page.setViewportSize(viewport)
        for (const view of views) {
          await page.goto(view.path)
          await expect(page.locator('main h1')).toBeVisible()
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
          const where = `${view.name} ${theme} ${viewport.width}px`
          await page.screenshot({
            path: testInfo.outputPath(`${language}-${theme}-${viewport.width}-${view.name}.png`),
            fullPage: true,
          })
          failures.push(...(await axeViolations(page)).map((violation) => `${where}: ${violation}`))
          failures.push(...(await findOverflow(page)).map((problem) => `${where}: ${problem}`))
        }
      }
    }
    expect(failures).toEqual([])
  })
}

test.describe('at 200% text size', () => {
  // The bigger text comes in as a style tag, which the app's own Content-Security-Policy would refuse.
  test.use({ bypassCSP: true, viewport: { width: 360, height: 740 } })

  test('no view breaks its layout in the longest-worded language, by day and at night', async ({ page }, testInfo) => {
    test.setTimeout(5 * 60_000)
    await completeFirstRun(page, BIRTH)
    const failures: string[] = []
    for (const language of ['sv', 'nl']) {
      await switchLanguage(page, language)
      for (const theme of ['light', 'night']) {
        await chooseTheme(page, theme)
        for (const view of views) {
          await page.goto(view.path)
          await page.addStyleTag({ content: 'html { font-size: 200% !important; }' })
          await expect(page.locator('main h1')).toBeVisible()
          await page.screenshot({
            path: testInfo.outputPath(`200pct-${language}-${theme}-${view.name}.png`),
            fullPage: true,
          })
          failures.push(...(await findOverflow(page)).map((problem) => `${view.name} ${language} ${theme}: ${problem}`))
        }
      }
    }
    expect(failures).toEqual([])
  })
})
