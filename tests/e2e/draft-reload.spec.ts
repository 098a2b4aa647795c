import type { Page } from '@playwright/test'
import { completeFirstRun, dateOf, expect, FIXTURE_NOW, test } from './fixtures'

const NOW = FIXTURE_NOW
// Ten days before the page's clock: well inside what the first-run form accepts.
const BIRTH = { date: dateOf(NOW, -10), time: '04:30' }
const PASSCODE = '739148'
const WORDS = 'Every single letter of this must survive, even the last ones typed.'

const textArea = (page: Page) => page.getByLabel('In your own words (optional)')

async function openJournal(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible()
}

async function turnLockOn(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Settings' }).first().click()
  await page.getByLabel('New passcode', { exact: true }).fill(PASSCODE)
  await page.getByLabel('New passcode again').fill(PASSCODE)
  await page.getByRole('button', { name: 'Turn the lock on' }).click()
  await expect(page.getByText('The lock is on. Your journal is now stored encrypted.')).toBeVisible()
}

async function unlock(page: Page): Promise<void> {
  await expect(page.getByTestId('lock-screen')).toBeVisible()
  await page.getByLabel('Passcode').fill(PASSCODE)
  await page.getByRole('button', { name: 'Unlock' }).click()
}

/** Everything the app keeps in localStorage, as one string. */
const localStorageDump = (page: Page) => page.evaluate(() => JSON.stringify({ ...localStorage }))

async function typeWords(page: Page): Promise<void> {
  await textArea(page).click()
  await page.keyboard.type(WORDS)
}

for (const locked of [false, true]) {
  for (const delay of [0, 50, 100]) {
    test(`every letter is back after a reload ${delay} ms after the last key, lock ${locked ? 'on' : 'off'}`, async ({
      page,
    }) => {
      await page.clock.install({ time: NOW })
      await completeFirstRun(page, BIRTH)
      if (locked) await turnLockOn(page)
      await openJournal(page)
      await typeWords(page)
      // The delay is what is under test: the reload comes that long after the last keystroke.
      if (delay > 0) await page.waitForTimeout(delay)
      if (locked) expect(await localStorageDump(page)).not.toContain('survive')
      await page.reload()
      if (locked) await unlock(page)
      await expect(textArea(page)).toHaveValue(WORDS)
      await expect(page.getByText('We kept what you were writing.')).toBeVisible()
    })
  }
}

test('every letter is back after the tab is killed, lock on', async ({ page, context }) => {
  await page.clock.install({ time: NOW })
  await completeFirstRun(page, BIRTH)
  await turnLockOn(page)
  await openJournal(page)
  const devtools = await context.newCDPSession(page)
  await typeWords(page)
  // The renderer dies at once, as when the system kills the app: no pagehide, no IndexedDB commit.
  const crashed = page.waitForEvent('crash')
  void devtools.send('Page.crash').catch(() => undefined)
  await crashed

  // The page's clock belongs to the context, so the new tab has it too.
  const next = await context.newPage()
  await next.goto('/journal')
  await unlock(next)
  await expect(textArea(next)).toHaveValue(WORDS)
})

test('saving the entry forgets the buffered draft', async ({ page }) => {
  await page.clock.install({ time: NOW })
  await completeFirstRun(page, BIRTH)
  await openJournal(page)
  await page.getByLabel('Okay', { exact: true }).check({ force: true })
  await typeWords(page)
  expect(await localStorageDump(page)).toContain('survive')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
  expect(await localStorageDump(page)).not.toContain('survive')
  await page.reload()
  await expect(textArea(page)).toHaveValue('')
})
