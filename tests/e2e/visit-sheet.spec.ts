import { writeFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { birthDaysAgo, completeFirstRun, expect, FIXTURE_NOW, test } from './fixtures'
import { putRows, readRow } from './rawDatabase'

const DAY_MS = 86_400_000
const MINUTE_MS = 60_000
const stamp = (at: number) => `${String(at).padStart(15, '0')}:000000:e2e-seed-device`

/** Per day of life 4 to 10: feeds, wet and dirty nappies, all in the day's first four hours (before "now" on day 10). */
const week = [4, 5, 6, 7, 8, 9, 10].map((day) => ({ day, feeds: 4 + (day % 4), wet: day - 2, dirty: day % 3 }))

/** A week of the log written straight into the database, as a phone that had been used all week holds it. */
async function seedWeek(page: Page): Promise<void> {
  const profile = await readRow<{ birthAt: number }>(page, 'profile', 'current')
  const birthAt = profile!.birthAt
  const babyId = 'baby-e2e-seeded'
  const base = { babyId, note: '', deleted: false }
  await putRows(page, 'babies', [
    {
      id: babyId,
      name: null,
      colour: null,
      birthWeightGrams: 3500,
      createdAt: stamp(birthAt),
      updatedAt: stamp(birthAt),
      deleted: false,
    },
  ])
  const events: Record<string, unknown>[] = []
  for (const { day, feeds, wet, dirty } of week) {
    const from = birthAt + (day - 1) * DAY_MS
    let slot = 0
    const next = () => from + 5 * MINUTE_MS + slot++ * 10 * MINUTE_MS
    const add = (content: Record<string, unknown>) => {
      const at = next()
      events.push({ ...base, ...content, at, id: `seed-${day}-${slot}`, createdAt: stamp(at), updatedAt: stamp(at) })
    }
    for (let index = 0; index < feeds; index++) add({ kind: 'bottle', milk: 'formula', ml: 40 })
    for (let index = 0; index < wet; index++) add({ kind: 'nappy', contents: 'wet', stool: null })
    for (let index = 0; index < dirty; index++) add({ kind: 'nappy', contents: 'dirty', stool: 'yellow' })
    if (day === 5) add({ kind: 'weight', grams: 3300 })
    if (day === 8) add({ kind: 'temperature', celsius: 37.2 })
  }
  await putRows(page, 'logEvents', events)
}

/** Pages in a PDF: each page object says `/Type /Page` (the page tree says `/Pages`). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0
}

test('the care-visit sheet prints the week on one or two pages, without the app around it', async ({ page }) => {
  test.slow()
  // Born 9 days before the fixture clock's 09:00, at 04:30: day of life 10 is running.
  await completeFirstRun(page, birthDaysAgo(9, '04:30', FIXTURE_NOW))
  await seedWeek(page)

  // A question from Today's link, on a page that passes axe.
  await page.goto('/')
  await expect(page.getByTestId('today-questions')).toHaveText('Questions for the next visit')
  await page.getByTestId('today-questions').click()
  await expect(page.getByRole('heading', { level: 1, name: 'Questions for the next visit' })).toBeVisible()
  await page.getByRole('button', { name: 'Add the question' }).click()
  await expect(page.getByRole('alert')).toHaveText('Write your question first, then add it.')
  await page.getByLabel('A question you want to ask').fill('Is the cord healing well?')
  await page.getByRole('button', { name: 'Add the question' }).click()
  await expect(page.getByRole('checkbox', { name: 'Is the cord healing well?' })).toBeVisible()
  await page.getByLabel('A question you want to ask').fill('When is the heel prick?')
  await page.getByRole('button', { name: 'Add the question' }).click()
  await page.getByRole('checkbox', { name: 'When is the heel prick?' }).check()
  await expect(page.getByRole('region', { name: 'Asked' }).getByText('When is the heel prick?')).toBeVisible()
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  expect(axe.violations.map((violation) => violation.id)).toEqual([])

  await page.goto('/')
  await expect(page.getByTestId('today-questions')).toHaveText('Questions for the next visit (1)')

  // From the log page to the sheet.
  await page.goto('/log')
  await page.getByRole('link', { name: 'A page for the visit (print or PDF)' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'A page for the care visit' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible()
  const screenAxe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  expect(screenAxe.violations.map((violation) => violation.id)).toEqual([])

  await page.emulateMedia({ media: 'print' })
  const rows = page.getByTestId('sheet-days').locator('tbody tr')
  await expect(rows).toHaveCount(7)
  for (const [index, { day, feeds, wet, dirty }] of week.entries()) {
    const row = rows.nth(index)
    await expect(row.locator('th')).toHaveText(day === 10 ? 'Day 10 (so far)' : `Day ${day}`)
    await expect(row.locator('[data-column="feeds"]')).toHaveText(String(feeds))
    await expect(row.locator('[data-column="wet"]')).toHaveText(String(wet))
    await expect(row.locator('[data-column="dirty"]')).toHaveText(String(dirty))
  }
  await expect(page.getByTestId('sheet-weights')).toContainText('3300 g')
  await expect(page.getByTestId('sheet-weights')).toContainText(/[-−]5\.7%/)
  await expect(page.getByTestId('sheet-temperatures')).toContainText('37.2 °C')
  await expect(page.getByTestId('sheet-open-questions')).toHaveText('☐Is the cord healing well?')
  await expect(page.getByTestId('sheet-asked-questions')).toHaveText('☑When is the heel prick?')
  // The mood stays off unless she ticks it.
  await expect(page.getByTestId('sheet-mood')).toHaveCount(0)
  // No app chrome on paper: header, navigation, buttons and the sheet's own controls are gone.
  await expect(page.locator('.app-header')).toBeHidden()
  await expect(page.locator('.bottom-nav')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden()
  await expect(page.getByText('Include my mood on this page')).toBeHidden()
  // Black on white, whatever the theme.
  const colours = await page
    .locator('.visit-sheet')
    .evaluate((sheet) => [getComputedStyle(sheet).color, getComputedStyle(document.body).backgroundColor])
  expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)'])

  await page.screenshot({ path: test.info().outputPath('sheet-print.png'), fullPage: true })
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true })
    const pages = pageCount(pdf)
    // Kept with the test's output (never committed), to look at by eye.
    writeFileSync(test.info().outputPath(`sheet-${format}.pdf`), pdf)
    test.info().annotations.push({ type: `${format} pages`, description: String(pages) })
    expect(pages, `${format} pages`).toBeGreaterThanOrEqual(1)
    expect(pages, `${format} pages`).toBeLessThanOrEqual(2)
  }
})

test('the mood goes on the sheet only once she ticks it', async ({ page }) => {
  await completeFirstRun(page, birthDaysAgo(9, '04:30', FIXTURE_NOW))
  await page.goto('/visit-sheet')
  await expect(page.getByRole('heading', { level: 1, name: 'A page for the care visit' })).toBeVisible()
  await expect(page.getByTestId('sheet-mood')).toHaveCount(0)
  await page.getByLabel('Include my mood on this page').check()
  await expect(page.getByTestId('sheet-mood')).toContainText('My mood (included by my choice)')
  // Away and back inside the app (no reload): the choice was for that sheet only.
  await page.getByRole('link', { name: 'Back to the questions' }).click()
  await page.getByRole('link', { name: 'A page for the visit (print or PDF)' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'A page for the care visit' })).toBeVisible()
  await expect(page.getByLabel('Include my mood on this page')).not.toBeChecked()
  await expect(page.getByTestId('sheet-mood')).toHaveCount(0)
})
