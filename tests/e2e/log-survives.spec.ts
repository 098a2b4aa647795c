import type { Page } from '@playwright/test'
import { completeFirstRun, dateOf, expect, FIXTURE_NOW, openEntryForm, test } from './fixtures'
import { dumpDatabase } from './rawDatabase'

// The baby's log must outlive what a phone does to a page at night (a killed tab, a clock change) and
// what a parent does to the app (Delete everything, then a backup). Dates come from the fixture clock.
const quickLog = (page: Page) => page.getByRole('region', { name: 'Quick log' })

async function logNappy(page: Page, when: string, note = ''): Promise<void> {
  await openEntryForm(page)
  await page.getByLabel('Nappy').check()
  await page.getByLabel('When').fill(when)
  if (note) await page.getByLabel('Note (optional)').fill(note)
  await page.locator('form.log-form').getByRole('button', { name: 'Save' }).click()
}

test('a feed timer keeps running when the tab is killed', async ({ page, context }) => {
  await completeFirstRun(page, { date: dateOf(FIXTURE_NOW, -2), time: '22:30' })
  await quickLog(page)
    .getByRole('button', { name: /Feed left/ })
    .click()
  await expect(page.getByTestId('timer-pill')).toContainText('Feeding, left')

  // The renderer dies at once, as when the system kills the app: nothing gets to run on the way out.
  const devtools = await context.newCDPSession(page)
  const crashed = page.waitForEvent('crash')
  void devtools.send('Page.crash').catch(() => undefined)
  await crashed
  await page.close()

  const next = await context.newPage()
  await next.goto('/')
  await context.clock.fastForward('12:00')
  const pill = next.getByTestId('timer-pill')
  await expect(pill).toContainText('Feeding, left')
  await expect(pill).toContainText(/12:0\d/)
  await pill.getByRole('button', { name: 'Stop' }).click()
  await expect(next.getByTestId('since-last-feed')).toContainText('12 min since the last feed began')
})

/** The last Sunday of March in the fixture clock's year: Stockholm's clocks go from 02:00 to 03:00. */
function springForwardSunday(): string {
  const year = Number(dateOf(FIXTURE_NOW).slice(0, 4))
  const lastOfMarch = new Date(Date.UTC(year, 2, 31))
  return dateOf(new Date(Date.UTC(year, 2, 31 - lastOfMarch.getUTCDay(), 12)))
}

test('counts the night the clocks go forward by 24-hour days of life, not by the wall clock', async ({ page }) => {
  const sunday = springForwardSunday()
  const saturday = dateOf(new Date(`${sunday}T12:00:00+02:00`), -1)
  // Born at 20:00 on Saturday (winter time): day of life 1 lasts until 21:00 on Sunday (summer time).
  await page.clock.install({ time: new Date(`${sunday}T20:45:00+02:00`) })
  await completeFirstRun(page, { date: saturday, time: '20:00' })
  await page.goto('/log')
  await logNappy(page, `${saturday}T23:30`)
  await logNappy(page, `${sunday}T20:30`)
  await expect(page.locator('.log-item')).toHaveCount(2)

  const wetRow = page.locator('[data-row="wet"]')
  await expect(wetRow.locator('[data-column="dayOfLife"]')).toHaveText('2')
  await expect(wetRow.locator('[data-column="calendar"]')).toHaveText('1')
  await expect(page.getByRole('columnheader', { name: 'Day of life 1' })).toBeVisible()
})

test('the log and its notes come back from a backup after Delete everything', async ({ page }, testInfo) => {
  await completeFirstRun(page, { date: dateOf(FIXTURE_NOW, -2), time: '22:30' })
  await page.goto('/log')
  await logNappy(page, `${dateOf(FIXTURE_NOW)}T07:15`, 'MARKER-log-note åäö')
  await quickLog(page).getByRole('button', { name: 'Wet nappy' }).click()
  await expect(page.locator('.log-item')).toHaveCount(2)

  await page.goto('/settings')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save a backup' }).click()
  const file = testInfo.outputPath('backup.json')
  await (await download).saveAs(file)

  await page.getByRole('button', { name: 'Delete everything…' }).click()
  await page.getByLabel('To confirm, type DELETE').fill('DELETE')
  await page.getByRole('button', { name: 'Delete everything now' }).click()
  await expect(page).toHaveURL(/\/welcome$/)
  expect(await dumpDatabase(page)).not.toContain('MARKER-log-note')

  await page.getByRole('link', { name: 'Restore from a backup file' }).click()
  await page.getByLabel('Choose a backup file').setInputFiles(file)
  await expect(page.getByTestId('backup-summary')).toContainText("It also holds 2 records from the baby's log.")
  await page.getByLabel('Replace everything on this device with the backup').check()
  await page.getByLabel('Yes, remove what is on this device now and use the backup instead').check()
  await page.getByRole('button', { name: 'Restore' }).click()
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.goto('/log')
  await expect(page.locator('.log-item')).toHaveCount(2)
  await expect(page.getByText('MARKER-log-note åäö')).toBeVisible()
})
