import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { completeFirstRun, dateOf, expect, FIXTURE_NOW, openEntryForm, test } from './fixtures'

// The fixture clock (09:00 on 4 March in Stockholm, fixtures.ts); the birth is set relative to it.
const NOW = FIXTURE_NOW

const quickLog = (page: Page) => page.getByRole('region', { name: 'Quick log' })
const babies = (page: Page) => page.getByRole('region', { name: 'Babies' })
const counts = (page: Page, row: string) => page.locator(`[data-row="${row}"] [data-column="dayOfLife"]`)

async function twinsBornTwoDaysAgo(page: Page): Promise<void> {
  await page.clock.install({ time: NOW })
  await completeFirstRun(page, { date: dateOf(NOW, -2), time: '22:30' })
  await page.goto('/log')
  await babies(page).getByRole('button', { name: 'Add a baby' }).click()
  const first = babies(page).getByRole('region', { name: 'Baby A' })
  await first.getByLabel('Name (optional)').fill('Ella')
  await first.getByRole('button', { name: 'Save the name' }).click()
  await expect(babies(page).getByRole('region', { name: 'Ella' })).toBeVisible()
  await expect(babies(page).getByRole('region', { name: 'Baby B' })).toBeVisible()
}

test('one baby shows nothing of twins; a second baby brings names, colours and the pickers', async ({ page }) => {
  await page.clock.install({ time: NOW })
  await completeFirstRun(page, { date: dateOf(NOW, -2), time: '22:30' })
  await expect(quickLog(page).getByRole('group', { name: 'For' })).toHaveCount(0)
  await page.goto('/log')
  await expect(page.getByRole('group', { name: 'Whose log' })).toHaveCount(0)

  await babies(page).getByRole('button', { name: 'Add a baby' }).click()
  const whose = page.getByRole('group', { name: 'Whose log' })
  await expect(whose.getByRole('radio', { name: 'Baby A' })).toBeVisible()
  await expect(whose.getByRole('radio', { name: 'Baby B' })).toBeVisible()
  // Each baby got a colour of its own, always written beside its name.
  await expect(babies(page).getByRole('region', { name: 'Baby A' }).getByLabel('Orange', { exact: true })).toBeChecked()
  await expect(babies(page).getByRole('region', { name: 'Baby B' }).getByLabel('Sky blue')).toBeChecked()

  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  expect(results.violations.map((violation) => violation.id)).toEqual([])
})

test('a tandem feed from Today is logged for each twin, and the counts stay per baby across a reload', async ({
  page,
}) => {
  // A long path (first run, a second baby, a tandem feed, a reload) on a machine shared with other runs.
  test.slow()
  await twinsBornTwoDaysAgo(page)
  await page.goto('/')
  await quickLog(page).getByRole('radio', { name: 'Both' }).check()
  const today = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  expect(today.violations.map((violation) => violation.id)).toEqual([])
  await quickLog(page).getByRole('button', { name: 'Together: Ella left, Baby B right' }).click()
  const pills = page.getByTestId('timer-pill')
  await expect(pills).toHaveCount(2)
  await expect(pills.filter({ hasText: 'Ella: Feeding, left' })).toHaveCount(1)
  await expect(pills.filter({ hasText: 'Baby B: Feeding, right' })).toHaveCount(1)

  await page.clock.fastForward('10:00')
  await pills.first().getByRole('button', { name: 'Stop' }).click()
  await expect(pills).toHaveCount(1)
  await pills.getByRole('button', { name: 'Stop' }).click()
  await expect(pills).toHaveCount(0)

  await quickLog(page).getByRole('radio', { name: 'Baby B' }).check()
  await quickLog(page).getByRole('button', { name: 'Wet nappy' }).click()
  await expect(quickLog(page).getByRole('status')).toHaveText('Baby B: Wet nappy logged at 09:10.')
  await expect(page.getByTestId('since-last-feed')).toHaveText([
    'Ella: 10 min since the last feed began (counted from its start)',
    'Baby B: 10 min since the last feed began (counted from its start)',
  ])

  await page.goto('/log')
  await page.reload()
  // The last baby logged for is the one on view after the reload.
  const whose = page.getByRole('group', { name: 'Whose log' })
  await expect(whose.getByRole('radio', { name: 'Baby B' })).toBeChecked()
  await expect(page.getByRole('heading', { name: 'Baby B: Today in numbers' })).toBeVisible()
  await expect(page.locator('.log-item')).toHaveCount(2)
  await expect(page.getByTestId('log-item-baby')).toHaveText(['Baby B', 'Baby B'])
  await expect(counts(page, 'feeds')).toHaveText('1')
  await expect(counts(page, 'wet')).toHaveText('1')

  await whose.getByRole('radio', { name: 'Ella' }).check()
  await expect(page.locator('.log-item')).toHaveCount(1)
  await expect(page.locator('.log-item')).toContainText('left')
  await expect(counts(page, 'feeds')).toHaveText('1')
  await expect(counts(page, 'wet')).toHaveText('0')
})

test('an entry from the form can be for both twins, or moved to the other one', async ({ page }) => {
  test.slow()
  await twinsBornTwoDaysAgo(page)
  await openEntryForm(page)
  const form = page.locator('form.log-form')
  await form.getByLabel('Bottle').check()
  await form.getByRole('radio', { name: 'Both' }).check()
  await form.getByRole('button', { name: 'Save' }).click()
  await expect(page.locator('.log-item')).toHaveCount(1)
  await page.getByRole('group', { name: 'Whose log' }).getByRole('radio', { name: 'Baby B' }).check()
  await expect(page.locator('.log-item')).toHaveCount(1)
  await expect(counts(page, 'feeds')).toHaveText('1')

  // A nappy logged for the wrong twin is moved to the right one.
  await openEntryForm(page)
  await form.getByLabel('Nappy').check()
  await expect(form.getByRole('radio', { name: 'Both' })).toHaveCount(0)
  await form.getByRole('button', { name: 'Save' }).click()
  await expect(page.locator('.log-item')).toHaveCount(2)
  await page.locator('.log-item').filter({ hasText: 'Nappy' }).getByRole('button', { name: /^Edit/ }).click()
  await form.getByRole('radio', { name: 'Ella' }).check()
  await form.getByRole('button', { name: 'Save' }).click()
  await expect(page.locator('.log-item')).toHaveCount(1)
  await page.getByRole('group', { name: 'Whose log' }).getByRole('radio', { name: 'Ella' }).check()
  await expect(page.locator('.log-item')).toHaveCount(2)
  await expect(counts(page, 'wet')).toHaveText('1')

  // Removing the second baby removes its entries too, and everything of twins goes away.
  await babies(page).getByRole('button', { name: 'Remove Baby B' }).click()
  await babies(page).getByRole('button', { name: 'Yes, remove' }).click()
  await expect(page.getByRole('group', { name: 'Whose log' })).toHaveCount(0)
  await expect(page.locator('.log-item')).toHaveCount(2)
  await expect(page.getByTestId('log-item-baby')).toHaveCount(0)
})
