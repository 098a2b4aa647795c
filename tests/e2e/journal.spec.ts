import type { Page } from '@playwright/test'
import { birthDaysAgo, completeFirstRun, expect, test, waitForServiceWorkerControl } from './fixtures'
import { putRows, storedDraftText } from './rawDatabase'

const DAY_MS = 24 * 60 * 60 * 1000
const birth = birthDaysAgo(20)

async function openJournal(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Journal' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible()
}

/** Taps a face the way a finger does: on its label, which covers the visually hidden radio. */
async function chooseMood(page: Page, mood: string): Promise<void> {
  await page.locator('label.mood-picker__option', { has: page.getByRole('radio', { name: mood, exact: true }) }).click()
  await expect(page.getByRole('radio', { name: mood, exact: true })).toBeChecked()
}

async function writeEntry(page: Page, mood: string, text: string): Promise<void> {
  await chooseMood(page, mood)
  await page.getByLabel('In your own words (optional)').fill(text)
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
}

const entryTexts = (page: Page) => page.locator('.entry__text')

/** Journal rows in the current schema's shape, spread over the 19 days before the page's clock. */
async function seedEntries(page: Page, count: number): Promise<void> {
  const end = (await page.evaluate(() => Date.now())) - 60_000
  const step = (19 * DAY_MS) / count
  const rows = Array.from({ length: count }, (_, index) => {
    const at = Math.round(end - (count - index) * step)
    return {
      at,
      mood: (index % 5) + 1,
      feelings: index % 3 === 0 ? ['exhausted'] : [],
      helped: [],
      sleepHours: null,
      text: index === 1234 ? 'needle in the haystack' : `Entry ${index}: a night like the others`,
      createdAt: at,
      updatedAt: at,
    }
  })
  await putRows(page, 'journal', rows)
}

test('an entry written is still there after a reload', async ({ page }) => {
  await completeFirstRun(page, birth)
  await openJournal(page)
  await writeEntry(page, 'Good', 'A quiet morning together.')
  await expect(entryTexts(page)).toHaveText(['A quiet morning together.'])
  await expect(page.getByRole('heading', { level: 3, name: /^Day \d+$/ })).toBeVisible()
  await page.reload()
  await expect(entryTexts(page)).toHaveText(['A quiet morning together.'])
})

test('words typed but not saved come back after a reload', async ({ page }) => {
  await completeFirstRun(page, birth)
  await openJournal(page)
  await chooseMood(page, 'Low')
  await page.getByLabel('In your own words (optional)').fill('I was in the middle of a sentence')
  await expect.poll(() => storedDraftText(page, 'journal:new')).toBe('I was in the middle of a sentence')
  await page.reload()
  await expect(page.getByLabel('In your own words (optional)')).toHaveValue('I was in the middle of a sentence')
  await expect(page.getByRole('radio', { name: 'Low', exact: true })).toBeChecked()
  await expect(page.getByText('We kept what you were writing.')).toBeVisible()
})

test('an entry written offline is still there after an offline reload', async ({ page, context }) => {
  await completeFirstRun(page, birth)
  await waitForServiceWorkerControl(page)
  await context.setOffline(true)
  await openJournal(page)
  await writeEntry(page, 'Very low', 'No signal, still written down.')
  const response = await page.reload()
  expect(response?.fromServiceWorker()).toBe(true)
  await expect(entryTexts(page)).toHaveText(['No signal, still written down.'])
})

test('two open tabs stay in step', async ({ page, context }) => {
  await completeFirstRun(page, birth)
  await openJournal(page)
  const other = await context.newPage()
  await other.goto('/journal')
  await expect(other.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible()
  await writeEntry(page, 'Okay', 'Written in the first tab')
  await expect(entryTexts(other)).toHaveText(['Written in the first tab'])
  await other.getByRole('button', { name: /^Delete the entry/ }).click()
  await expect(entryTexts(page)).toHaveCount(0)
  await other.getByRole('button', { name: 'Undo' }).click()
  await expect(entryTexts(page)).toHaveText(['Written in the first tab'])
})

test('hostile text shows as text', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await completeFirstRun(page, birth)
  await openJournal(page)
  const hostile = '<img src=x onerror=alert(1)> {{ 1+1 }} \u202Egnp.exe <script>alert(2)</script>'
  await writeEntry(page, 'Okay', hostile)
  await page.reload()
  await expect(entryTexts(page)).toHaveText([hostile])
  await expect(page.locator('main img, main script')).toHaveCount(0)
  expect(dialogs).toEqual([])
})

test('the mood faces work from the keyboard', async ({ page }) => {
  await completeFirstRun(page, birth)
  await openJournal(page)
  await page.getByRole('radio', { name: 'Very low', exact: true }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('radio', { name: 'Low', exact: true })).toBeChecked()
  const box = await page.locator('.mood-picker__option').first().boundingBox()
  expect(box!.height).toBeGreaterThanOrEqual(44)
  expect(box!.width).toBeGreaterThanOrEqual(44)
})

test('10,000 entries: the first screen shows one page, scrolling loads more, search finds one', async ({ page }) => {
  test.setTimeout(60_000)
  await completeFirstRun(page, birth)
  await openJournal(page)
  await seedEntries(page, 10_000)
  await page.reload()
  await expect(page.locator('article.entry')).toHaveCount(30)
  await expect(entryTexts(page).first()).toHaveText('Entry 9999: a night like the others')
  await page.locator('article.entry').last().scrollIntoViewIfNeeded()
  await page.getByRole('button', { name: 'Show older entries' }).scrollIntoViewIfNeeded()
  await expect.poll(() => page.locator('article.entry').count()).toBeGreaterThanOrEqual(60)
  await expect(page.locator('.mood-chart__svg')).toBeVisible()

  await page.getByLabel('Search your entries').fill('needle')
  await expect(entryTexts(page)).toHaveText(['needle in the haystack'])
  await page.getByLabel('Search your entries').fill('zebra')
  await expect(page.getByRole('status').filter({ hasText: 'No entries match your search.' })).toBeVisible()
})
