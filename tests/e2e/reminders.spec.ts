import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { clockIn, readCalendar } from '../unit/domain/icalReader'
import { at, completeFirstRun, dateOf, expect, FIXTURE_NOW, test } from './fixtures'

// The browser runs in Europe/Stockholm (playwright.config.ts). Born late the evening before, at 23:50:
// the old export rang every reminder at 23:50.
const birth = { date: dateOf(FIXTURE_NOW, -1), time: '23:50', country: 'SE' }
const zone = 'Europe/Stockholm'

async function downloadCalendar(page: Page) {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Add reminders to my calendar' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('cocoon.ics')
  return readCalendar(await readFile((await file.path())!, 'utf8'))
}

test('the calendar file rings at the chosen daytime hour, and a second export updates it', async ({ page }) => {
  await completeFirstRun(page, birth)

  const time = page.getByLabel('Remind me at')
  await expect(time).toHaveValue('10:00')
  const first = await downloadCalendar(page)
  expect(first.events.length).toBeGreaterThan(5)
  for (const event of first.events) {
    expect(clockIn(event.start, zone)).toBe('10:00')
    expect(event.alarms.map((alarm) => clockIn(alarm, zone))).toEqual(['10:00'])
  }
  // The first one: tomorrow at 10:00, the day the baby turns one day old.
  expect(first.events[0]!.start.toISOString()).toBe(at('2026-03-05T10:00:00+01:00').toISOString())
  expect(first.events[0]!.summary).toMatch(/^Day 1: /)

  await time.fill('11:15')
  await time.blur()
  await expect(page.getByRole('status').filter({ hasText: 'Calendar file ready' })).toBeVisible()
  const second = await downloadCalendar(page)
  expect(second.events.map((event) => event.uid)).toEqual(first.events.map((event) => event.uid))
  for (const [index, event] of second.events.entries()) {
    expect(event.sequence).toBe(first.events[index]!.sequence + 1)
    expect(clockIn(event.start, zone)).toBe('11:15')
  }
})
