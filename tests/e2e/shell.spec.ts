import { birthDaysAgo, chooseLanguage, completeFirstRun, expect, test, waitForServiceWorkerControl } from './fixtures'

// Seven and a half weeks before the fixture clock (fixtures.ts), whatever today is.
const BIRTH = birthDaysAgo(53)

test('a first visit asks for the birth and then shows Today', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/welcome$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Cocoon' })).toBeVisible()
  await completeFirstRun(page, BIRTH)
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
})

test('what was saved is still there after a reload', async ({ page }) => {
  await completeFirstRun(page, { ...BIRTH, country: 'NL' })
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  await page.getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByLabel('Date of birth')).toHaveValue(BIRTH.date)
  await expect(page.getByLabel('Time of birth')).toHaveValue('04:30')
  await expect(page.getByRole('group', { name: 'Where you get care' }).locator('input[value="NL"]')).toBeChecked()
})

test('the service worker takes control and the app reloads offline', async ({ page, context }) => {
  await completeFirstRun(page, BIRTH)
  await waitForServiceWorkerControl(page)
  await context.setOffline(true)
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible()
  // Asked before the reload: Chromium 150 reports navigator.onLine as true in a page loaded while
  // Playwright emulates being offline, which a phone that is really offline never does.
  const response = await page.reload()
  expect(response?.fromServiceWorker()).toBe(true)
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  for (const name of ['Timeline', 'Journal', 'Settings']) {
    await page.getByRole('link', { name }).click()
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  }
  await page.goto('/help')
  await expect(page.getByRole('heading', { level: 1, name: 'Get help now' })).toBeVisible()
})

test('the document language and title follow the chosen language', async ({ page }) => {
  await completeFirstRun(page, BIRTH)
  await page.getByRole('link', { name: 'Settings' }).click()
  await chooseLanguage(page, 'sv')
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv')
  await expect(page.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeVisible()
  await expect(page).toHaveTitle('Inställningar · Cocoon')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv')
})

test('a browser that prefers Dutch gets Dutch on the first visit', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'nl-NL', baseURL })
  const page = await context.newPage()
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij Cocoon' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl')
  await expect(page.getByRole('group', { name: 'Waar je zorg krijgt' }).locator('input[value="NL"]')).toBeChecked()
  await context.close()
})

test('the theme can be chosen by hand and is kept', async ({ page }) => {
  await completeFirstRun(page, BIRTH)
  await page.getByRole('link', { name: 'Settings' }).click()
  await page.getByLabel('Dark', { exact: true }).check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
})
