import { at, birthDaysAgo, completeFirstRun, expect, test } from './fixtures'

// Seven and a half weeks before the fixture clock (fixtures.ts), whatever today is.
const BIRTH = birthDaysAgo(53)

test('one tap on the moon turns the whole app to night, and it is night again from the first paint after a reload', async ({
  page,
}) => {
  await completeFirstRun(page, BIRTH)
  const moon = page.getByRole('button', { name: 'Night mode' })
  await expect(moon).toHaveAttribute('aria-pressed', 'false')
  await moon.click()
  await expect(moon).toHaveAttribute('aria-pressed', 'true')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'night')
  await expect(page.locator('meta[name="theme-color"]').first()).toHaveAttribute('content', '#110c09')
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(17, 12, 9)')

  // Module scripts run before DOMContentLoaded: the theme is there before anything is drawn.
  await page.reload({ waitUntil: 'domcontentloaded' })
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('night')
})

test('night comes by itself after dark when the parent asked for it', async ({ page }) => {
  const lateEvening = at('2026-01-20T22:30:00+01:00')
  await page.clock.install({ time: lateEvening })
  await completeFirstRun(page, birthDaysAgo(10, '04:30', lateEvening))
  await page.goto('/settings')
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'night')
  await page.getByLabel('Switch to night mode by itself at night').check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'night')
  await expect(page.getByRole('button', { name: 'Night mode' })).toHaveAttribute('aria-pressed', 'true')
})

test('the breathing exercise says each turn of the breath, and the ideas ticked today carry into the journal', async ({
  page,
}) => {
  await completeFirstRun(page, BIRTH)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calm' }).click()
  await expect(page).toHaveURL(/\/calm$/)

  await page.getByRole('button', { name: 'Start breathing' }).click()
  await expect(page.getByText('Breathe out', { exact: true })).toBeVisible()
  await expect(page.getByText('Breathe in', { exact: true })).toBeVisible({ timeout: 8000 })
  await page.getByRole('button', { name: 'Stop' }).first().click()

  await page.getByRole('checkbox', { name: /A long hug/ }).check()
  await page.getByRole('checkbox', { name: /^A short walk/ }).check()
  await expect(page.getByText('2 ideas ticked today')).toBeVisible()
  await page.reload()
  await expect(page.getByRole('checkbox', { name: /A long hug/ })).toBeChecked()

  await page.getByRole('link', { name: 'Add to my journal' }).click()
  await expect(page).toHaveURL(/\/journal\?helped=longHug(,|%2C)walk$/)
  await expect(page.getByRole('checkbox', { name: 'A long hug' })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: 'A walk' })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: 'Rest' })).not.toBeChecked()
})
