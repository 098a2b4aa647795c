import { test as base, expect, type Page } from '@playwright/test'

/**
 * The page's clock. No browser test may depend on today's date: every page starts with a Playwright
 * clock installed at FIXTURE_NOW (time then flows normally from there), and form dates are derived
 * from it with birthDaysAgo() or dateOf(), never typed as literals.
 *
 * - A test that needs another start calls `test.use({ clockStart: at('2026-01-20T22:30:00+01:00') })`
 *   for a file or describe block, or simply `await page.clock.install({ time: at('…') })` before its
 *   first goto: installing again only moves the fixture's clock to the new instant.
 * - Wrap explicit instants in at(): it moves them by E2E_CLOCK_SHIFT_YEARS, so that the whole suite can
 *   be run years ahead (`E2E_CLOCK_SHIFT_YEARS=5 npx playwright test`) to prove no date is hard-coded.
 * - `test.use({ clockStart: null })` leaves the page on the real clock.
 *
 * Only the pages get the clock: Node, the preview server and the service worker keep real time.
 */
export const TIME_ZONE = 'Europe/Stockholm' // playwright.config.ts: use.timezoneId

/** Whole years every instant of the browser tests is moved ahead by (negative moves them back). */
export const CLOCK_SHIFT_YEARS = (() => {
  const raw = process.env.E2E_CLOCK_SHIFT_YEARS ?? '0'
  if (!/^-?\d+$/.test(raw.trim())) throw new Error(`E2E_CLOCK_SHIFT_YEARS must be whole years, not "${raw}".`)
  return Number(raw)
})()

interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

const wallTimeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
})

function wallTime(instant: Date): WallTime {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(wallTimeFormat.formatToParts(instant).find((candidate) => candidate.type === type)!.value)
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  }
}

const asUtc = (wall: WallTime) => Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)

/** The instant at which the clocks in TIME_ZONE show this wall time. */
function fromWallTime(wall: WallTime): Date {
  const target = asUtc(wall)
  let guess = target
  // Two rounds settle the zone's offset, also across a daylight-saving change.
  for (let round = 0; round < 2; round++) guess = target - (asUtc(wallTime(new Date(guess))) - guess)
  return new Date(guess)
}

/**
 * An explicit instant, moved by E2E_CLOCK_SHIFT_YEARS while keeping its wall time in TIME_ZONE
 * (09:00 on 4 March stays 09:00 on 4 March, whatever the year's daylight-saving dates).
 * The offset is required: `at('2026-03-04T09:00:00+01:00')`.
 */
export function at(iso: string): Date {
  if (!/(Z|[+-]\d\d:\d\d)$/.test(iso)) throw new Error(`at("${iso}") needs an explicit offset, e.g. +01:00.`)
  const instant = new Date(iso)
  if (Number.isNaN(instant.getTime())) throw new Error(`at("${iso}") is not a date.`)
  if (CLOCK_SHIFT_YEARS === 0) return instant
  const wall = wallTime(instant)
  return fromWallTime({ ...wall, year: wall.year + CLOCK_SHIFT_YEARS })
}

/** Where the page's clock starts unless a test chooses otherwise: a Wednesday morning in Stockholm. */
export const FIXTURE_NOW = at('2026-03-04T09:00:00+01:00')

const pad = (n: number) => String(n).padStart(2, '0')

/** The date in TIME_ZONE (`YYYY-MM-DD`, as a date input takes it) of an instant, moved by whole days. */
export function dateOf(instant: Date, plusDays = 0): string {
  const wall = wallTime(instant)
  const day = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + plusDays))
  return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`
}

/**
 * A birth for the first-run form, `days` calendar days before `now` (FIXTURE_NOW unless given), at a
 * wall time in TIME_ZONE. With days = 0, keep the time before `now`'s: the form refuses future births.
 */
export function birthDaysAgo(days: number, time = '04:30', now: Date = FIXTURE_NOW): { date: string; time: string } {
  return { date: dateOf(now, -days), time }
}

/**
 * Every test gets a page that records each request; a request to any origin but the app's own
 * fails the test, because nothing may ever leave the device.
 */
export const test = base.extend<{ foreignRequests: string[]; clockStart: Date | null }>({
  clockStart: [FIXTURE_NOW, { option: true }],
  foreignRequests: async ({ context, baseURL }, use) => {
    const appOrigin = new URL(baseURL!).origin
    const foreign: string[] = []
    context.on('request', (request) => {
      const url = request.url()
      if (/^(data|blob):/.test(url)) return
      if (new URL(url).origin !== appOrigin) foreign.push(url)
    })
    await use(foreign)
    expect(foreign, 'requests to other origins').toEqual([])
  },
  page: async ({ page, foreignRequests, clockStart }, use) => {
    void foreignRequests
    if (clockStart) await page.clock.install({ time: clockStart })
    await use(page)
  },
})

export { expect }

export async function completeFirstRun(
  page: Page,
  birth: { date: string; time: string; country?: string },
): Promise<void> {
  await page.goto('/welcome')
  await page.getByLabel('Yes, my baby is here').check()
  await page.getByLabel('Date of birth').fill(birth.date)
  await page.getByLabel('Time of birth').fill(birth.time)
  if (birth.country)
    await page.getByRole('group', { name: 'Where you get care' }).locator(`input[value="${birth.country}"]`).check()
  await page.getByRole('button', { name: 'Start' }).click()
  // A birth outside what the form takes (future, or over a year before the page's clock) stays on /welcome.
  await expect(page, `the first run with a birth on ${birth.date} at ${birth.time} reaches Today`).toHaveURL(/\/$/)
}

/** Picks a language by its code ('' follows the device), whatever language the page speaks now. */
export async function chooseLanguage(page: Page, code: string): Promise<void> {
  await page.getByTestId('language').locator(`input[value="${code}"]`).check()
}

/**
 * Opens the log's entry form by keyboard. A pointer tap while the page is still settling can miss:
 * under load, sections drawn late above the button moved it between the press and the release, and
 * the form never opened (once in three loaded runs). The keyboard path cannot land elsewhere.
 */
export async function openEntryForm(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add an entry' }).press('Enter')
  await expect(page.locator('form.log-form')).toBeVisible()
}

export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    // ready can resolve while the worker is still activating; control is what offline needs.
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
      )
    }
  })
}
