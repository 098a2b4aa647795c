import AxeBuilder from '@axe-core/playwright'
import { completeFirstRun, expect, test } from './fixtures'

const languages = ['en', 'sv', 'nl']
const routes = ['/', '/timeline', '/journal', '/settings', '/help', '/welcome']

for (const language of languages) {
  test(`every page in ${language} has no axe violations, light and dark`, async ({ page }) => {
    await completeFirstRun(page, { date: '2026-01-10', time: '04:30' })
    await page.goto('/settings')
    await page.getByLabel(/^(Language|Språk|Taal)$/).selectOption(language)
    await expect(page.locator('html')).toHaveAttribute('lang', language)
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      for (const route of routes) {
        await page.goto(route)
        await expect(page.locator('main h1')).toBeVisible()
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
        expect(results.violations.map((violation) => `${route} ${scheme}: ${violation.id} ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([])
      }
    }
  })
}
