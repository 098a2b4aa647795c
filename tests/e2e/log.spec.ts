import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { chooseLanguage, completeFirstRun, dateOf, expect, FIXTURE_NOW, openEntryForm, test } from './fixtures'
import { dumpDatabase, putRows } from './rawDatabase'

// Every test starts at the fixture clock (09:00 on 4 March in Stockholm, fixtures.ts); births are set
// relative to it, so the tests hold whatever today is.
const NOW = FIXTURE_NOW

async function startAt(page: Page, birth: { date: string; time: string }): Promise<void> {
  await page.clock.install({ time: NOW })
  await completeFirstRun(page, birth)
}

const quickLog = (page: Page) => page.getByRole('region', { name: 'Quick log' })

test('a feed started from Today in one tap keeps its time across a reload and stops from the pill', async ({
  page,
}) => {
  await startAt(page, { date: dateOf(NOW, -2), time: '22:30' })
  await quickLog(page)
    .getByRole('button', { name: /Feed left/ })
    .click()
  const pill = page.getByTestId('timer-pill')
  await expect(pill).toContainText('Feeding, left')

  await page.clock.fastForward('07:00')
  await page.reload()
  // The timer is derived from the stored start: seven minutes on, whatever the page went through.
  await expect(pill).toContainText(/07:0\d/)
  await pill.getByRole('button', { name: 'Stop' }).click()
  await expect(pill).toHaveCount(0)
  await expect(page.getByTestId('since-last-feed')).toHaveText(
    '7 min since the last feed began (counted from its start)',
  )
  // "Start on the other side next" now points at the right breast.
  await expect(quickLog(page).getByRole('button', { name: /Feed right/ })).toContainText('start here next')
})

test('a dirty nappy with its colour takes two taps from Today, and a pale one raises the flag', async ({ page }) => {
  await startAt(page, { date: dateOf(NOW, -2), time: '22:30' })
  await quickLog(page).getByRole('button', { name: 'Wet nappy' }).click()
  await expect(quickLog(page).getByRole('status')).toHaveText('Wet nappy logged at 09:00.')
  await quickLog(page).getByRole('button', { name: 'Dirty nappy' }).click()
  await quickLog(page)
    .getByRole('button', { name: /^Pale, chalky, white or grey/ })
    .click()
  await expect(quickLog(page).getByRole('status')).toHaveText('Dirty nappy logged at 09:00.')

  await quickLog(page).getByRole('link', { name: 'Open the whole log' }).click()
  await expect(page.getByRole('heading', { level: 1, name: "Baby's log" })).toBeVisible()
  await expect(page.locator('[data-finding="paleStool"]')).toContainText('Call')
  await expect(page.locator('.log-item')).toHaveCount(2)
})

test('counts a night across midnight by day of life and by calendar day', async ({ page }) => {
  // Born at 20:00 the evening before: 23:50 and 09:00 are both in day of life 1, but on two calendar days.
  await startAt(page, { date: dateOf(NOW, -1), time: '20:00' })
  await page.goto('/log')
  await openEntryForm(page)
  await page.getByLabel('Nappy').check()
  await page.getByLabel('When').fill(`${dateOf(NOW, -1)}T23:50`)
  await page.locator('form.log-form').getByRole('button', { name: 'Save' }).click()
  await expect(page.locator('.log-item')).toHaveCount(1)
  await page.getByRole('region', { name: 'Quick log' }).getByRole('button', { name: 'Wet nappy' }).click()
  await expect(page.locator('.log-item')).toHaveCount(2)

  const wetRow = page.locator('[data-row="wet"]')
  await expect(wetRow.locator('[data-column="dayOfLife"]')).toHaveText('2')
  await expect(wetRow.locator('[data-column="calendar"]')).toHaveText('1')
  await expect(page.getByRole('columnheader', { name: 'Day of life 1' })).toBeVisible()
})

test('the growth card, which loads in a chunk of its own, comes after "Add an entry" and cannot move it', async ({
  page,
}) => {
  await startAt(page, { date: dateOf(NOW, -2), time: '22:30' })
  await page.goto('/log')
  await expect(page.getByRole('region', { name: 'Growth' })).toBeVisible()
  const growthFollows = await page
    .getByRole('button', { name: 'Add an entry' })
    .evaluate((button) =>
      Boolean(
        button.compareDocumentPosition(document.getElementById('growth-title')!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ),
    )
  expect(growthFollows).toBe(true)
})

test('deleting an entry can be undone', async ({ page }) => {
  await startAt(page, { date: dateOf(NOW, -2), time: '22:30' })
  await page.goto('/log')
  await quickLog(page).getByRole('button', { name: 'Wet nappy' }).click()
  await expect(page.locator('.log-item')).toHaveCount(1)
  await page
    .locator('.log-item')
    .getByRole('button', { name: /^Delete/ })
    .click()
  await expect(page.locator('.log-item')).toHaveCount(0)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.locator('.log-item')).toHaveCount(1)
})

for (const [language, title] of [
  ['en', "Baby's log"],
  ['sv', 'Barnets logg'],
  ['nl', 'Logboek van je baby'],
] as const) {
  test(`the log page renders in ${language}`, async ({ page }) => {
    await startAt(page, { date: dateOf(NOW, -2), time: '22:30' })
    await page.goto('/settings')
    await chooseLanguage(page, language)
    await expect(page.locator('html')).toHaveAttribute('lang', language)
    await page.goto('/log')
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    await expect(page.locator('#enough-title')).toBeVisible()
    await page.locator('section.quick-log').getByRole('button').nth(2).click()
    await expect(page.locator('.log-item')).toHaveCount(1)
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze()
    expect(results.violations.map((violation) => violation.id)).toEqual([])
  })
}

test('the chart appears with two days of entries, says them in words and passes axe in light and dark', async ({
  page,
}) => {
  // Two full axe runs on a long page.
  test.setTimeout(60_000)
  // Born at 22:30 two evenings ago: yesterday at 08:00 is day of life 1, now is day 2.
  await startAt(page, { date: dateOf(NOW, -2), time: '22:30' })
  await page.goto('/log')
  const chart = page.getByRole('region', { name: 'Day by day' })
  await expect(chart).toContainText('once you have logged on two days of life')
  await openEntryForm(page)
  await page.getByLabel('Nappy').check()
  await page.getByLabel('When').fill(`${dateOf(NOW, -1)}T08:00`)
  await page.locator('form.log-form').getByRole('button', { name: 'Save' }).click()
  await quickLog(page).getByRole('button', { name: 'Wet nappy' }).click()

  await expect(chart.locator('figcaption p')).toHaveText([
    'Day 1, whole days with entries, per day: feeds 0, wet nappies 1, dirty nappies 0, sleep 0 h.',
    'Today so far (day 2): feeds 0, wet nappies 1, dirty nappies 0, sleep 0 h.',
  ])
  await chart.getByText('Nappies', { exact: true }).click()
  await expect(chart.locator('rect[data-part="dirty"]')).toHaveCount(2)
  await chart.getByText('Show the days as a table').click()
  await expect(chart.getByRole('row', { name: /^Day 2, so far/ })).toBeVisible()
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze()
    expect(results.violations.map((violation) => violation.id)).toEqual([])
  }
})

test('a weight reads as understood and a loss of 10 % from the birth weight brings its card', async ({ page }) => {
  await startAt(page, { date: dateOf(NOW, -3), time: '08:00' })
  await page.goto('/log')
  await page.getByLabel('Birth weight').fill('3,45 kg')
  await expect(page.getByText('Understood as 3450 g')).toBeVisible()
  await page
    .locator('form', { has: page.getByLabel('Birth weight') })
    .getByRole('button', { name: 'Save' })
    .click()
  await expect(page.getByText('Birth weight saved.')).toBeVisible()

  await openEntryForm(page)
  await page.getByRole('radio', { name: 'Weight' }).check()
  await page.getByRole('textbox', { name: 'Weight', exact: true }).fill('3100')
  await page.locator('form.log-form').getByRole('button', { name: 'Save' }).click()
  await expect(page.locator('[data-finding="weightLoss"]')).toContainText('10.1 % below the birth weight')
})

test('the log lists the newest 30 entries and shows earlier ones on a tap', async ({ page }) => {
  await startAt(page, { date: dateOf(NOW, -20), time: '08:00' })
  await page.goto('/log')
  await quickLog(page).getByRole('button', { name: 'Wet nappy' }).click()
  await expect(page.locator('.log-item')).toHaveCount(1)
  // Forty older nappies, one every two hours back from an hour ago, written as the app stores them.
  const babyId = (JSON.parse(await dumpDatabase(page)) as { babies: { id: string }[] }).babies[0]!.id
  const rows = Array.from({ length: 40 }, (_, index) => {
    const at = NOW.getTime() - (1 + 2 * index) * 3_600_000
    const stamp = `${String(at).padStart(15, '0')}:000000:e2e-seed`
    return {
      id: `seeded-${index}`,
      babyId,
      at,
      note: index === 39 ? 'the oldest one' : '',
      createdAt: stamp,
      updatedAt: stamp,
      deleted: false,
      kind: 'nappy',
      contents: 'wet',
      stool: null,
    }
  })
  await putRows(page, 'logEvents', rows)
  await page.reload()
  await expect(page.locator('.log-item')).toHaveCount(30)
  const earlier = page.getByRole('button', { name: 'Show earlier entries' })
  const box = await earlier.boundingBox()
  expect(box!.height).toBeGreaterThanOrEqual(44)
  await earlier.click()
  await expect(page.locator('.log-item')).toHaveCount(41)
  await expect(page.locator('.log-item').last()).toContainText('the oldest one')
  await expect(earlier).toHaveCount(0)
  // Today's counts still read from their range, not from the page: the one nappy of today plus those before 09:00.
  await expect(page.locator('[data-row="wet"] [data-column="calendar"]')).toHaveText('6')
})
