import AxeBuilder from '@axe-core/playwright'
import { at, completeFirstRun, dateOf, expect, test } from './fixtures'

// Fifteen minutes after a birth at 03:20 in Stockholm (playwright.config.ts), on a common phone's screen.
const birth = { date: dateOf(at('2026-03-01T03:20:00+01:00')), time: '03:20', country: 'SE' }
const PHONE = { width: 390, height: 844 }

test.use({ viewport: PHONE })

test('fifteen minutes after the birth, Today is a glance: one open card, one countdown per end, the list opens on tap', async ({
  page,
}) => {
  // Two full axe runs: on a busy two-core machine they take well over the default 30 s.
  test.setTimeout(60_000)
  await page.clock.install({ time: at('2026-03-01T03:35:00+01:00') })
  await completeFirstRun(page, birth)
  await expect(page.getByText('Your baby is 15 minutes old.')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Quick log' })).toBeVisible()

  // One card open, the most time-critical; the golden hour and the first feed share one countdown.
  await expect(page.getByRole('article')).toHaveCount(1)
  await expect(page.getByRole('article', { name: 'Skin to skin, undisturbed' })).toBeVisible()
  const countdowns = page.locator('.countdown')
  await expect(countdowns).toHaveCount(2)
  await expect(countdowns.nth(1).locator('.countdown__label')).toHaveText('Together until 04:20')
  await expect(page.locator('[aria-live="polite"][data-testid="countdown-announcement"]')).toHaveCount(1)

  // The order a tired parent reads it in: age, the open card, the short list, the quick log, what comes next.
  const inOrder = await page.evaluate(() => {
    const parts = ['.today-age', '.moment-card', '.today-glance', '.quick-log', '#today-next'].map((selector) =>
      document.querySelector(selector)!,
    )
    return parts.every(
      (part, i) => i === 0 || parts[i - 1]!.compareDocumentPosition(part) & Node.DOCUMENT_POSITION_FOLLOWING,
    )
  })
  expect(inOrder).toBe(true)
  // The quick log sits in the lower half of the first screen, within a thumb's reach.
  const quickLog = (await page.locator('.quick-log').boundingBox())!
  expect(quickLog.y).toBeGreaterThan(PHONE.height / 2)
  expect(quickLog.y + quickLog.height).toBeLessThanOrEqual(PHONE.height)

  const height = await page.evaluate(() => document.scrollingElement!.scrollHeight)
  test.info().annotations.push({ type: 'Today height at 15 minutes, 390×844', description: `${height} px` })
  await page.screenshot({ path: test.info().outputPath('today-15-minutes.png'), fullPage: true })
  console.log(`Today at 15 minutes on a 390×844 screen: ${height} px`)
  // Before the glance the page was about 6,200 px here. What matters now (up to "Coming up") fits in two
  // screens; below it come the reminders, the calendar, the questions for the visit and the partner's page.
  expect(height).toBeLessThan(3.25 * PHONE.height)
  const comingUp = await page.evaluate(
    () => document.getElementById('today-next')!.getBoundingClientRect().top + window.scrollY,
  )
  expect(comingUp).toBeLessThanOrEqual(2 * PHONE.height)

  // A listed card opens in place on tap, and closes again; the keyboard does the same.
  const goldenHour = page.getByRole('button', { name: /^The golden hour/ })
  await expect(goldenHour).toHaveAttribute('aria-expanded', 'false')
  await goldenHour.click()
  await expect(goldenHour).toHaveAttribute('aria-expanded', 'true')
  const opened = page.getByRole('article', { name: 'The golden hour' })
  await expect(opened).toBeVisible()
  await expect(opened.locator('.countdown')).toHaveCount(0)
  await expect(countdowns).toHaveCount(2)
  const box = await goldenHour.boundingBox()
  expect(box!.height).toBeGreaterThanOrEqual(44)
  await goldenHour.press('Enter')
  await expect(opened).toHaveCount(0)
  await goldenHour.press('Space')
  await expect(opened).toBeVisible()

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    const results = await new AxeBuilder({ page })
      .include('main')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze()
    expect(
      results.violations.map(
        (violation) => `${scheme}: ${violation.id} ${violation.nodes.map((node) => node.target).join(' ')}`,
      ),
    ).toEqual([])
  }
})
