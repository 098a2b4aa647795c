import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from '@playwright/test'
import { birthDaysAgo, completeFirstRun, expect, FIXTURE_NOW, test } from './fixtures'
import { dumpDatabase } from './rawDatabase'

/**
 * Two (then three) phones of one family, each a browser context of its own with its own storage: they
 * pair with the paste code and hand each other sealed files, as they would through a messenger.
 */

/** Another phone: a fresh context on the same clock, failing the test on any request off the app's origin. */
async function anotherPhone(browser: Browser, baseURL: string, foreign: string[]): Promise<Page> {
  const context = await browser.newContext({ baseURL })
  context.on('request', (request) => {
    if (!/^(data|blob):/.test(request.url()) && new URL(request.url()).origin !== new URL(baseURL).origin)
      foreign.push(request.url())
  })
  const page = await context.newPage()
  await page.clock.install({ time: FIXTURE_NOW })
  return page
}

async function logNappy(page: Page, name: 'Wet nappy' | 'Dirty nappy'): Promise<void> {
  await page.goto('/')
  const quickLog = page.getByRole('region', { name: 'Quick log' })
  await quickLog.getByRole('button', { name }).click()
  if (name === 'Dirty nappy') await quickLog.getByRole('button', { name: /^Yellow/ }).click()
  await expect(quickLog.getByRole('status')).toContainText(`${name} logged`)
}

async function familyCode(page: Page): Promise<string> {
  await page.goto('/family')
  await page.getByTestId('family-create').click()
  return page.getByTestId('family-code').inputValue()
}

async function join(page: Page, code: string): Promise<void> {
  await page.goto('/family')
  await page.getByTestId('family-join-code').fill(code)
  await page.getByRole('button', { name: 'Join the family' }).click()
  await expect(page.getByTestId('family-code')).toHaveValue(code)
}

/** "Send my changes": headless Chromium has no share sheet, so the file downloads. */
async function sendChanges(page: Page): Promise<string> {
  await page.goto('/family')
  const download = page.waitForEvent('download')
  await page.getByTestId('family-send').click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^cocoon-changes-\d{4}-\d{2}-\d{2}-\d{4}\.cocoon\.txt$/)
  await expect(page.getByTestId('family-send-status')).toContainText('ready to send')
  return file.path()
}

async function receive(page: Page, file: string): Promise<string> {
  await page.goto('/family')
  await page.getByTestId('family-receive').setInputFiles(file)
  const status = page.getByTestId('family-receive-status')
  await expect(status).toContainText(/changes are in|added before/)
  return (await status.textContent())!.trim()
}

/** What both phones must agree on: every shared record with its stamp, in one order. */
async function sharedState(page: Page): Promise<string> {
  const dump = JSON.parse(await dumpDatabase(page)) as Record<string, { id: string; updatedAt: string }[]>
  const records = (store: string) =>
    dump[store]!.map(({ id, updatedAt }) => `${id}@${updatedAt}`)
      .sort()
      .join(',')
  return ['babies', 'logEvents', 'questions'].map(records).join('|')
}

const logKinds = (page: Page) => page.locator('.log__list .log-item').evaluateAll((items) => items.length)

test('two phones pair with the paste code, hand over files both ways and end with one log; the journal stays behind', async ({
  page,
  browser,
  baseURL,
}) => {
  // Three phones, each set up and handed files in turn: a long walk, not a slow one.
  test.setTimeout(180_000)
  const foreign: string[] = []
  await completeFirstRun(page, birthDaysAgo(2))
  await logNappy(page, 'Wet nappy')
  await page.goto('/journal')
  await page
    .locator('label.mood-picker__option', { has: page.getByRole('radio', { name: 'Low', exact: true }) })
    .click()
  await page.getByLabel('In your own words (optional)').fill('only for me')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
  const code = await familyCode(page)

  // The partner's phone has never been set up: the family page is open to it, and brings the birth.
  const partner = await anotherPhone(browser, baseURL!, foreign)
  await join(partner, code)
  const first = await sendChanges(page)
  // The baby, the nappy and the birth details.
  expect(await receive(partner, first)).toBe("Your partner's changes are in: 3 records added or updated.")
  await partner.goto('/log')
  await expect(partner.locator('.log__list .log-item')).toHaveCount(1)
  await partner.goto('/journal')
  await expect(partner.getByText('only for me')).toHaveCount(0)
  expect(await dumpDatabase(partner)).not.toContain('only for me')

  await logNappy(partner, 'Dirty nappy')
  await partner.goto('/family')
  await expect(partner.getByTestId('family-status')).toContainText('1 change on this phone is waiting to be sent.')
  const back = await sendChanges(partner)
  await expect(partner.getByTestId('family-status')).toContainText('Everything on this phone has been sent.')
  await receive(page, back)
  await expect(page.getByTestId('family-status')).toContainText("Last changes from your partner's phone:")
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  expect(axe.violations.map((violation) => violation.id)).toEqual([])
  await page.goto('/log')
  await expect(page.locator('.log__list .log-item')).toHaveCount(2)
  expect(await sharedState(page)).toBe(await sharedState(partner))

  // The same file opened again changes nothing.
  expect(await receive(page, back)).toBe('This file was added before. Nothing changed.')

  // A third phone joins with the same code and gets everything from one file.
  const third = await anotherPhone(browser, baseURL!, foreign)
  await join(third, code)
  await receive(third, await sendChanges(page))
  await third.goto('/log')
  await expect(third.locator('.log__list .log-item')).toHaveCount(2)
  expect(await sharedState(third)).toBe(await sharedState(page))
  expect(await logKinds(third)).toBe(2)
  expect(foreign, 'requests to other origins from the other phones').toEqual([])
})

test('a file made with another family code is refused with the reason, and changes nothing', async ({
  page,
  browser,
  baseURL,
}) => {
  const foreign: string[] = []
  await completeFirstRun(page, birthDaysAgo(2))
  await logNappy(page, 'Wet nappy')
  await familyCode(page)
  const file = await sendChanges(page)

  const stranger = await anotherPhone(browser, baseURL!, foreign)
  await stranger.goto('/family')
  await stranger.getByTestId('family-create').click()
  await stranger.getByTestId('family-receive').setInputFiles(file)
  await expect(stranger.getByTestId('family-receive-problem')).toHaveText(
    'This file was made for another family code. If your partner made a new code, join again with it.',
  )
  expect(JSON.parse(await dumpDatabase(stranger)).logEvents).toEqual([])
  expect(foreign).toEqual([])
})
