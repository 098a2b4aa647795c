import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { rowsByVersion } from '../fixtures/db/rowsByVersion'
import { birthDaysAgo, completeFirstRun, expect, test } from './fixtures'
import { dumpDatabase, putRows, storedDraftText } from './rawDatabase'

const BIRTH = birthDaysAgo(14)

/** Goes to the journal inside the app (a reload would forget the lock's key and any injected fault). */
async function writeEntry(page: Page, text: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click()
  await page.getByLabel('Okay', { exact: true }).check({ force: true })
  await page.getByLabel('In your own words (optional)').fill(text)
  await page.getByRole('button', { name: 'Save', exact: true }).click()
}

test('a backup survives deleting everything and restores every word', async ({ page }, testInfo) => {
  await completeFirstRun(page, BIRTH)
  await writeEntry(page, 'MARKER-restore-me åäö')
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()

  await page.goto('/settings')
  await page.getByLabel('Dark', { exact: true }).check()
  await expect(page.getByTestId('backup-reminder')).toBeVisible()
  await expect(page.getByTestId('backup-readability')).toContainText('can be read by anyone')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save a backup' }).click()
  const file = testInfo.outputPath('backup.json')
  await (await download).saveAs(file)
  await expect(page.getByText(/Saved cocoon-backup-\d{4}-\d{2}-\d{2}\.json with 1 journal entry\./)).toBeVisible()
  await expect(page.getByTestId('backup-reminder')).toBeHidden()

  await page.getByRole('button', { name: 'Delete everything…' }).click()
  await expect(page.getByTestId('delete-all-list')).toContainText('your journal: 1 entry')
  await page.getByLabel('To confirm, type DELETE').fill('DELETE')
  await page.getByRole('button', { name: 'Delete everything now' }).click()
  await expect(page).toHaveURL(/\/welcome$/)
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark')
  expect(await page.evaluate(() => Object.values(localStorage))).not.toContain('dark')
  expect(await dumpDatabase(page)).not.toContain('MARKER-restore-me')

  await page.getByRole('link', { name: 'Restore from a backup file' }).click()
  await page.getByLabel('Choose a backup file').setInputFiles(file)
  await expect(page.getByTestId('backup-summary')).toContainText('This backup holds 1 journal entry.')
  await page.getByLabel('Replace everything on this device with the backup').check()
  await page.getByLabel('Yes, remove what is on this device now and use the backup instead').check()
  await page.getByRole('button', { name: 'Restore' }).click()
  await expect(page.getByTestId('restore-result')).toContainText('Added 1')
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  await page.goto('/journal')
  await expect(page.getByText('MARKER-restore-me åäö')).toBeVisible()
})

test('a damaged backup file is refused with a clear reason and changes nothing', async ({ page }, testInfo) => {
  await completeFirstRun(page, BIRTH)
  await writeEntry(page, 'MARKER-keep-me')
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
  const before = await dumpDatabase(page)
  await page.goto('/settings')
  await page
    .getByLabel('Choose a backup file')
    .setInputFiles('tests/fixtures/backups/bad/notJson--truncated-in-the-middle.json')
  await expect(page.getByTestId('backup-problem')).toHaveText(/damaged or incomplete/)
  await page
    .getByLabel('Choose a backup file')
    .setInputFiles('tests/fixtures/backups/bad/futureDate--entry-in-2999.json')
  await expect(page.getByTestId('backup-problem')).toHaveText(/lies in the future.*\(journal entry 1\)/)
  expect(await dumpDatabase(page)).toBe(before)
  void testInfo
})

test('a browser that refuses storage (private mode) is told so in plain words', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException(
        'A mutation operation was attempted on a database that did not allow mutations.',
        'InvalidStateError',
      )
    }
  })
  await page.goto('/')
  await expect(page.getByTestId('storage-problem')).toContainText('Cocoon cannot save anything in this browser')
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Cocoon' })).toBeVisible()
})

test('a full disk keeps the unsaved words on screen and offers them to copy', async ({ page }) => {
  await completeFirstRun(page, BIRTH)
  await page.goto('/journal')
  await page.evaluate(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    IDBObjectStore.prototype.add = full
    IDBObjectStore.prototype.put = full
  })
  await writeEntry(page, 'MARKER-not-lost')
  await expect(page.getByTestId('storage-problem')).toContainText('Your device is out of space')
  await expect(page.getByLabel('What you wrote (not saved)')).toHaveValue('MARKER-not-lost')
  await expect(page.getByLabel('In your own words (optional)')).toHaveValue('MARKER-not-lost')
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toHaveCount(0)
})

test("Safari's lost connection is retried once, and shown when it persists", async ({ page }) => {
  // Dexie binds IDBDatabase.transaction when it opens, so the fault is installed before the app loads.
  await page.addInitScript(() => {
    const original = IDBDatabase.prototype.transaction
    Object.assign(window, { failingWrites: 0 })
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      const state = window as unknown as { failingWrites: number }
      if (args[1] === 'readwrite' && state.failingWrites > 0) {
        state.failingWrites -= 1
        throw new DOMException(
          'Connection to Indexed Database server lost. Refresh the page to try again',
          'UnknownError',
        )
      }
      return original.apply(this, args)
    } as IDBDatabase['transaction']
  })
  const failNextWrites = (count: number) => page.evaluate((n) => Object.assign(window, { failingWrites: n }), count)
  await completeFirstRun(page, BIRTH)
  await page.goto('/journal')
  await page.getByLabel('Okay', { exact: true }).check({ force: true })
  await page.getByLabel('In your own words (optional)').fill('MARKER-first')
  // The draft's own write must be done before the fault is armed, or it would take the failure.
  await expect.poll(() => storedDraftText(page, 'journal:new')).toBe('MARKER-first')
  await failNextWrites(1)
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { failingWrites: number }).failingWrites)).toBe(0)
  await expect(page.getByTestId('storage-problem')).toHaveCount(0)

  await page.getByLabel('Okay', { exact: true }).check({ force: true })
  await page.getByLabel('In your own words (optional)').fill('MARKER-second')
  await expect.poll(() => storedDraftText(page, 'journal:new')).toBe('MARKER-second')
  await failNextWrites(100)
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByTestId('storage-problem')).toContainText('Saving failed')
  await expect(page.getByLabel('What you wrote (not saved)')).toHaveValue('MARKER-second')
  await expect(page.getByLabel('In your own words (optional)')).toHaveValue('MARKER-second')
})

test('a newer version opened in another tab closes this one and asks for a reload', async ({ page, context }) => {
  await completeFirstRun(page, BIRTH)
  const other = await context.newPage()
  await other.goto('/manifest.webmanifest')
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('cocoon', 990)
        request.onsuccess = () => {
          request.result.close()
          resolve()
        }
        request.onerror = () => reject(request.error)
      }),
  )
  await expect(page.getByTestId('storage-problem')).toContainText('Cocoon was updated in another tab')
  await expect(page.getByRole('button', { name: 'Reload Cocoon' })).toBeVisible()
})

test('an older tab holding the database open is asked to close', async ({ page, context }) => {
  const old = await context.newPage()
  await old.goto('/manifest.webmanifest')
  // Version 1 as Dexie numbers it (10): an old tab that never lets go.
  await old.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open('cocoon', 10)
        request.onupgradeneeded = () => request.result.createObjectStore('profile', { keyPath: 'id' })
        request.onsuccess = () => resolve()
      }),
  )
  await page.goto('/help')
  await expect(page.getByTestId('storage-problem')).toContainText('Please close Cocoon in other tabs')
})

test('the lock hides the journal, stores no readable text and opens with the passcode', async ({ page }) => {
  await completeFirstRun(page, BIRTH)
  await writeEntry(page, 'MARKER-before-lock')
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
  await page.goto('/settings')
  await page.getByLabel('New passcode', { exact: true }).fill('739148')
  await page.getByLabel('New passcode again').fill('739148')
  await page.getByRole('button', { name: 'Turn the lock on' }).click()
  await expect(page.getByText('The lock is on. Your journal is now stored encrypted.')).toBeVisible()
  await expect(page.getByTestId('backup-readability')).toContainText('stays locked in the file')
  await writeEntry(page, 'MARKER-after-lock')
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
  const stored = await dumpDatabase(page)
  expect(stored).not.toContain('MARKER')
  expect(stored).toContain('AES-GCM-256')
  // The mood ('Okay') and feelings are sealed too: a row keeps only its times beside the envelope.
  const { journal } = JSON.parse(stored) as { journal: object[] }
  expect(journal).toHaveLength(2)
  for (const row of journal) expect(Object.keys(row).sort()).toEqual(['at', 'createdAt', 'id', 'sealed', 'updatedAt'])
  expect(JSON.stringify(journal)).not.toMatch(/mood|feelings/)

  await page.reload()
  await expect(page.getByTestId('lock-screen')).toBeVisible()
  await expect(page.getByText('MARKER', { exact: false })).toHaveCount(0)
  await page.getByLabel('Passcode').fill('1111')
  await page.getByRole('button', { name: 'Unlock' }).click()
  await expect(page.getByText('That passcode is not right.')).toBeVisible()
  await page.getByLabel('Passcode').fill('739148')
  await page.getByRole('button', { name: 'Unlock' }).click()
  await expect(page.getByText('MARKER-before-lock')).toBeVisible()
  await expect(page.getByText('MARKER-after-lock')).toBeVisible()

  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
    document.dispatchEvent(new Event('visibilitychange'))
  })
  await expect(page.getByTestId('lock-screen')).toBeVisible()
  await expect(page.getByText('MARKER-before-lock')).toHaveCount(0)
})

test('a journal an earlier lock sealed with mood and feelings readable is sealed whole after one unlock', async ({
  page,
}) => {
  await completeFirstRun(page, BIRTH)
  // Rows and lock exactly as the earlier lock stored them (the corpus file it wrote; passcode 2468).
  const file = JSON.parse(
    readFileSync('tests/fixtures/backups/good/v2-locked-parts-bound-to-their-entries.json', 'utf8'),
  ) as { lock: object; journal: object[] }
  await putRows(page, 'appLock', [{ id: 'current', ...file.lock, idleMinutes: 5 }])
  await putRows(page, 'journal', file.journal)
  const journalRows = async () => (JSON.parse(await dumpDatabase(page)) as { journal: object[] }).journal
  expect((await journalRows()).every((row) => 'mood' in row && 'feelings' in row)).toBe(true)

  await page.goto('/journal')
  await page.getByLabel('Passcode').fill('2468')
  await page.getByRole('button', { name: 'Unlock' }).click()
  await expect(page.getByText('Nachtvoeding ging goed. 🌙')).toBeVisible()
  await expect
    .poll(async () => (await journalRows()).map((row) => Object.keys(row).sort().join(',')), { timeout: 20_000 })
    .toEqual(Array(3).fill('at,createdAt,id,sealed,updatedAt'))
  expect(JSON.stringify(await journalRows())).not.toMatch(/mood|feelings|tearful|exhausted/)

  await page.reload()
  await page.getByLabel('Passcode').fill('2468')
  await page.getByRole('button', { name: 'Unlock' }).click()
  await expect(page.getByText('Nachtvoeding ging goed. 🌙')).toBeVisible()
})

test('a database written by the previous schema version opens with every entry', async ({ page }) => {
  await page.goto('/manifest.webmanifest')
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('cocoon', 10)
        request.onupgradeneeded = () => {
          const db = request.result
          db.createObjectStore('profile', { keyPath: 'id' })
          db.createObjectStore('settings', { keyPath: 'key' })
          db.createObjectStore('journal', { keyPath: 'id', autoIncrement: true }).createIndex('at', 'at')
        }
        request.onsuccess = () => {
          const db = request.result
          const tx = db.transaction(Object.keys(rows), 'readwrite')
          for (const [store, list] of Object.entries(rows)) for (const row of list) tx.objectStore(store).put(row)
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    rowsByVersion[1] as Record<string, object[]>,
  )
  await page.goto('/journal')
  await expect(page.getByText('Tårar på morgonen, men bättre nu.')).toBeVisible()
  await expect(page.getByText('<b>not bold</b> & "quoted"')).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv')
})

test('no user text reaches the title, the address or the console, and the CSP is never violated', async ({ page }) => {
  const consoleText: string[] = []
  page.on('console', (message) => consoleText.push(message.text()))
  await page.addInitScript(() => {
    const violations: string[] = []
    Object.assign(window, { cspViolations: violations })
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    )
  })
  await completeFirstRun(page, BIRTH)
  await writeEntry(page, 'MARKER-private-words')
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
  for (const path of ['/journal', '/settings', '/', '/timeline', '/help']) {
    await page.goto(path)
    await expect(page.locator('main h1')).toBeVisible()
    expect(await page.title()).not.toContain('MARKER')
    expect(page.url()).not.toContain('MARKER')
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([])
  }
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /script-src 'self'/,
  )
  expect(consoleText.join('\n')).not.toContain('MARKER')
})

test('settings show where the data lives, how much is used and whether it is kept', async ({ page }) => {
  await completeFirstRun(page, BIRTH)
  await page.goto('/settings')
  await expect(page.getByTestId('persistence-state')).not.toBeEmpty()
  await expect(page.getByTestId('storage-usage')).toContainText(/Cocoon uses [\d.,]+ MB on this device/)
})
