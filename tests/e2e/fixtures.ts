import { test as base, expect, type Page } from '@playwright/test'

/**
 * Every test gets a page that records each request; a request to any origin but the app's own
 * fails the test, because nothing may ever leave the device.
 */
export const test = base.extend<{ foreignRequests: string[] }>({
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
  page: async ({ page, foreignRequests }, use) => {
    void foreignRequests
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
  if (birth.country) await page.getByLabel('Where you get care').selectOption(birth.country)
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(page).toHaveURL(/\/$/)
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
