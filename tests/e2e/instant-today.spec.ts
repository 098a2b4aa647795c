import type { Page } from '@playwright/test'
import { birthDaysAgo, chooseLanguage, completeFirstRun, expect, test } from './fixtures'

// Three days and about six hours before the fixture clock (fixtures.ts), whatever today is.
const BIRTH = { ...birthDaysAgo(3, '03:20'), country: 'SE' }

/** What the app's element first held once it had anything in it, seen from the very start of the page. */
async function recordFirstPaint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = window as unknown as { firstPaint?: { prepainted: boolean; text: string; theme?: string } }
    new MutationObserver((_, observer) => {
      const app = document.getElementById('app')
      if (!app || app.childElementCount === 0) return
      record.firstPaint = {
        prepainted: app.hasAttribute('data-prepainted'),
        text: app.innerText,
        theme: document.documentElement.dataset.theme,
      }
      observer.disconnect()
    }).observe(document, { childList: true, subtree: true })
  })
}

const firstPaint = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { firstPaint?: { prepainted: boolean; text: string; theme?: string } }).firstPaint,
  )

test("a returning visit paints Today's age before the app has loaded, then the whole page over it", async ({
  page,
}) => {
  await completeFirstRun(page, BIRTH)
  await expect(page.locator('.today-age')).toHaveText('Your baby is 3 days old.')
  await recordFirstPaint(page)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Coming up' })).toBeVisible()
  expect(await firstPaint(page)).toMatchObject({
    prepainted: true,
    text: expect.stringContaining('Your baby is 3 days old.'),
  })
  await expect(page.locator('.today-age')).toHaveCount(1)
  await expect(page.locator('.first-paint-header')).toHaveCount(0)
})

test('the first paint speaks the language and wears the theme last shown', async ({ page }) => {
  await completeFirstRun(page, BIRTH)
  await page.goto('/settings')
  await chooseLanguage(page, 'sv')
  await page.locator('input[name="theme"][value="night"]').check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'night')
  await page.goto('/')
  await expect(page.locator('.today-age')).toHaveText('Ditt barn är 3 dagar gammalt.')
  await recordFirstPaint(page)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Snart' })).toBeVisible()
  expect(await firstPaint(page)).toMatchObject({
    prepainted: true,
    text: expect.stringContaining('Ditt barn är 3 dagar gammalt.'),
    theme: 'night',
  })
})

test('after "Delete everything" nothing of the old birth is painted', async ({ page }) => {
  await completeFirstRun(page, BIRTH)
  await expect(page.locator('.today-age')).toBeVisible()
  await page.goto('/settings')
  await page.getByRole('button', { name: 'Delete everything…' }).click()
  await page.getByLabel('To confirm, type DELETE').fill('DELETE')
  await page.getByRole('button', { name: 'Delete everything now' }).click()
  await expect(page).toHaveURL(/\/welcome$/)
  await recordFirstPaint(page)
  await page.goto('/')
  await expect(page.getByLabel('Yes, my baby is here')).toBeVisible()
  expect(await firstPaint(page)).toMatchObject({ prepainted: false })
  expect((await firstPaint(page))!.text).not.toContain('3 days old')
})
