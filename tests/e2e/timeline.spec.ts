import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { at, chooseLanguage, completeFirstRun, dateOf, expect, test } from './fixtures'

// The browser runs in Europe/Stockholm (playwright.config.ts): form times are Swedish, clock times carry their offset.
const birth = { date: dateOf(at('2026-03-01T03:20:00+01:00')), time: '03:20', country: 'SE' }
const minutes = (n: number) => n * 60 * 1000

const swedish = JSON.parse(readFileSync(new URL('../../locales/sv.json', import.meta.url), 'utf8')) as {
  moments: Record<string, { title: string }>
}

test('ten minutes after the birth, the skin-to-skin card counts down the half hour', async ({ page }) => {
  await page.clock.install({ time: at('2026-03-01T03:30:00+01:00') })
  await completeFirstRun(page, birth)
  const card = page.getByRole('article', { name: 'Skin to skin, undisturbed' })
  await expect(card).toBeVisible()
  await expect(card.getByText('About 20 minutes left')).toBeAttached()
  await expect(card.locator('.countdown__clock')).toHaveText(/^(20:00|19:5\d)$/)
  await expect(page.getByText('Your baby is 10 minutes old.')).toBeVisible()

  await page.clock.runFor(minutes(1))
  await expect(card.getByText('About 19 minutes left')).toBeAttached()
  await expect(page.getByText('Your baby is 11 minutes old.')).toBeVisible()

  await page.clock.runFor(minutes(20))
  await expect(card).toHaveCount(0)
  await expect(page.getByRole('article', { name: 'The golden hour' })).toBeVisible()
})

test('at three days the third-day dip is on Today, with the way to help', async ({ page }) => {
  await page.clock.install({ time: at('2026-03-04T09:00:00+01:00') })
  await completeFirstRun(page, birth)
  await expect(page.getByText('Your baby is 3 days old.')).toBeVisible()
  const dip = page.getByRole('article', { name: 'The third-day dip' })
  await expect(dip).toBeVisible()
  await expect(dip).toContainText('Get help as soon as possible, today at the latest')
  await dip.getByRole('link', { name: 'Get help now' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Get help now' })).toBeVisible()
})

test('"Baby is here" stamps the birth and starts the first hour live', async ({ page }) => {
  const stampedAt = at('2026-04-10T14:02:00+02:00')
  await page.clock.install({ time: stampedAt })
  await page.goto('/welcome')
  await page.getByLabel('Not yet, we are expecting').check()
  await page.getByLabel('Due date').fill(dateOf(stampedAt, 5))
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(page.getByRole('heading', { name: 'Getting ready for the first hour' })).toBeVisible()

  await page.getByRole('button', { name: 'Baby is here' }).click()
  const stamped = page.getByText(/^Birth time saved: 14:02/)
  await expect(stamped).toBeFocused()
  const card = page.getByRole('article', { name: 'Skin to skin, undisturbed' })
  await expect(card.getByText('About 30 minutes left')).toBeAttached()
  await page.clock.runFor(minutes(5))
  await expect(card.getByText('About 25 minutes left')).toBeAttached()

  await page.getByRole('link', { name: 'Adjust the time' }).click()
  await expect(page.getByLabel('Time of birth')).toHaveValue('14:02')
  await page.reload()
  await expect(page.getByLabel('Date of birth')).toHaveValue(dateOf(stampedAt))
})

test('switching the language changes every card', async ({ page }) => {
  await page.clock.install({ time: at('2026-03-04T09:00:00+01:00') })
  await completeFirstRun(page, birth)
  // Today opens one card and lists the others: open them all, so every card's title is on the page.
  await expect(page.locator('.today-glance')).toBeVisible()
  for (const toggle of await page.locator('.glance-item__toggle').all()) await toggle.press('Enter')
  const ids = await page
    .locator('article h3')
    .evaluateAll((headings) => headings.map((h) => h.id.replace(/^moment-/, '')))
  expect(ids.length).toBeGreaterThan(3)

  await page.getByRole('link', { name: 'Settings' }).click()
  await chooseLanguage(page, 'sv')
  await page.getByRole('link', { name: 'I dag', exact: true }).click()
  await expect(page.getByText('Ditt barn är 3 dagar gammalt.')).toBeVisible()
  await expect(page.locator('.today-glance')).toBeVisible()
  for (const toggle of await page.locator('.glance-item__toggle').all()) await toggle.press('Enter')
  await expect(page.locator('article h3')).toHaveText(ids.map((id) => swedish.moments[id]!.title))

  await page.getByRole('link', { name: 'Tidslinje' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Dag 3' })).toBeVisible()
  await expect(page.getByRole('article', { name: 'Tredjedagsgråten' })).toBeVisible()
  await page.getByRole('link', { name: 'Föregående dag' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Dag 2' })).toBeVisible()
  await expect(page.getByRole('article', { name: 'Mjölken rinner till' })).toBeVisible()
  await page.getByRole('link', { name: 'Gå till i dag' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Dag 3' })).toBeVisible()
})

test('the calendar export downloads a valid calendar file', async ({ page }) => {
  await page.clock.install({ time: at('2026-03-04T09:00:00+01:00') })
  await completeFirstRun(page, birth)
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Add reminders to my calendar' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('cocoon.ics')
  const text = readFileSync((await download.path())!, 'utf8')

  expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  const events = text.replace(/\r\n /g, '').split('BEGIN:VEVENT').slice(1)
  expect(events.length).toBeGreaterThan(3)
  for (const event of events) {
    expect(event).toMatch(/\r\nUID:[^\r\n]+@cocoon\.local\r\n/)
    expect(event).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/)
    expect(event).toMatch(/\r\nDTSTART:\d{8}T\d{6}Z\r\n/)
    expect(event).toMatch(/BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:[^\r\n]+\r\nTRIGGER:[^\r\n]+\r\nEND:VALARM/)
  }
  const unfolded = text.replace(/\r\n /g, '')
  // One event a day for the day's moments, and a reminder to book what needs booking.
  expect(unfolded).toMatch(/SUMMARY:Day \d+: /)
  expect(unfolded).toContain('Your postnatal check-up')
  expect(unfolded).toContain('SUMMARY:Book your own check-up')
  expect(unfolded).toContain('efterkontroll) at the midwife clinic')
  await expect(page.getByRole('status').filter({ hasText: 'Calendar file ready' })).toBeVisible()
})

test('the first hour and the timeline pass axe with the sections open, light and dark', async ({ page }) => {
  // Four full axe runs, Today with every listed card open: on a busy two-core machine well over a minute.
  test.setTimeout(120_000)
  await page.clock.install({ time: at('2026-03-01T03:30:00+01:00') })
  await completeFirstRun(page, birth)
  for (const path of ['/', '/timeline/3']) {
    await page.goto(path)
    await expect(page.locator('article').first()).toBeVisible()
    // Today's short list opens in place: open it too, so the cards in it are checked as well.
    if (path === '/') await expect(page.locator('.today-glance')).toBeVisible()
    for (const toggle of await page.locator('.glance-item__toggle').all()) await toggle.press('Enter')
    for (const summary of await page.locator('article summary').all()) await summary.click()
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      const results = await new AxeBuilder({ page })
        .include('main')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze()
      expect(
        results.violations.map(
          (violation) => `${path} ${scheme}: ${violation.id} ${violation.nodes.map((node) => node.target).join(' ')}`,
        ),
      ).toEqual([])
    }
  }
})
