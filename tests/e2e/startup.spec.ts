import type { Page } from '@playwright/test'
import { birthDaysAgo, completeFirstRun, expect, test } from './fixtures'

// Seven and a half weeks before the fixture clock (fixtures.ts), whatever today is.
const BIRTH = birthDaysAgo(53)

interface FirstScreenFiles {
  locales: Record<string, string[]>
  homeWords: Record<string, string[]>
  pages: Record<string, string[]>
}

/**
 * The app's own script and style requests, by path, in the order they were made, from the next
 * page on: what the page before it still loads lazily (Today's log bar) is not this visit's.
 */
function recordRequests(page: Page): string[] {
  const requested: string[] = []
  let navigated = false
  // From the moment the next document commits: until then the page before it is still running.
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigated = true
  })
  page.on('request', (request) => {
    if (!navigated) return
    const path = new URL(request.url()).pathname
    if (/\.(js|css)$/.test(path)) requested.push(path)
  })
  return requested
}

const listedFiles = (page: Page) =>
  page.evaluate(() => JSON.parse(document.getElementById('first-screen-files')!.textContent!) as FirstScreenFiles)

function fetchedTwice(requested: string[]): string[] {
  return requested.filter((path, index) => requested.indexOf(path) !== index)
}

// The service worker is blocked so that its precache download does not mix with the page's requests.
test.use({ serviceWorkers: 'block' })

test('a start whose code is cut off on the way reloads once and shows the page', async ({ page, request }) => {
  const html = await (await request.get('/')).text()
  const appEntry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html)![1]!
  let attempts = 0
  await page.route(`**${appEntry}`, async (route) => {
    attempts += 1
    if (attempts > 1) return route.continue()
    // A connection that drops after a moment, as seen on a busy phone network.
    await new Promise((resolve) => setTimeout(resolve, 500))
    return route.abort('connectionreset')
  })
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Cocoon' })).toBeVisible()
  expect(attempts).toBe(2)
})

test("the preloader asks for the first screen's language and page by itself, before the app's code runs", async ({
  browser,
  baseURL,
  request,
}) => {
  const html = await (await request.get('/')).text()
  const appEntry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html)![1]!
  const context = await browser.newContext({ locale: 'sv-SE', baseURL, serviceWorkers: 'block' })
  const page = await context.newPage()
  await page.route(`**${appEntry}`, (route) => route.abort())
  const requested = recordRequests(page)
  await page.goto('/')
  const listed = await listedFiles(page)
  await expect
    .poll(() => [...listed.locales.sv!, ...listed.pages.welcome!].filter((file) => !requested.includes(file)))
    .toEqual([])
  await context.close()
})

test("a first visit fetches the first-run page and the browser's language from the HTML's list, each once", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ locale: 'sv-SE', baseURL, serviceWorkers: 'block' })
  const page = await context.newPage()
  const requested = recordRequests(page)
  await page.goto('/journal')
  await expect(page.getByRole('heading', { level: 1, name: 'Välkommen till Cocoon' })).toBeVisible()
  const listed = await listedFiles(page)
  for (const file of [...listed.locales.sv!, ...listed.pages.welcome!]) expect(requested).toContain(file)
  // The first file of a page is its own chunk; the others may be shared with other pages.
  expect(requested).not.toContain(listed.pages.journal![0])
  expect(requested.some((path) => listed.locales.en!.includes(path))).toBe(false)
  // Today's words (moments, the log, …) are not the first-run page's: a first visit never fetches them.
  expect(listed.homeWords.sv!.length).toBeGreaterThan(0)
  expect(requested.some((path) => listed.homeWords.sv!.includes(path))).toBe(false)
  expect(fetchedTwice(requested)).toEqual([])
  await context.close()
})

test('a returning parent gets the page of the address from the list, each file once', async ({ page }) => {
  await completeFirstRun(page, BIRTH)
  const requested = recordRequests(page)
  await page.goto('/journal')
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible()
  const listed = await listedFiles(page)
  for (const file of [...listed.locales.en!, ...listed.homeWords.en!, ...listed.pages.journal!])
    expect(requested).toContain(file)
  expect(requested).not.toContain(listed.pages.welcome![0])
  expect(fetchedTwice(requested)).toEqual([])
})
