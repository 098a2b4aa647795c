import type { Page } from '@playwright/test'
import { birthDaysAgo, completeFirstRun, expect, FIXTURE_NOW, test as base } from './fixtures'

/**
 * Two phones are two browser contexts of one browser: each has its own database, and they reach
 * each other only over the data channel, set up by pasting the codes across as the parents would.
 */
const test = base.extend<{ phones: [Page, Page] }>({
  phones: async ({ browser, baseURL }, use) => {
    const appOrigin = new URL(baseURL!).origin
    const foreign: string[] = []
    const contexts = await Promise.all([browser.newContext(), browser.newContext()])
    for (const context of contexts) {
      context.on('request', (request) => {
        const url = request.url()
        if (!/^(data|blob):/.test(url) && new URL(url).origin !== appOrigin) foreign.push(url)
      })
    }
    const pages = await Promise.all(contexts.map((context) => context.newPage()))
    for (const page of pages) await page.clock.install({ time: FIXTURE_NOW })
    await use(pages as [Page, Page])
    await Promise.all(contexts.map((context) => context.close()))
    // The connection is direct: not even a STUN request may leave.
    expect(foreign, 'requests to other origins').toEqual([])
  },
})

const quickLog = (page: Page) => page.getByRole('region', { name: 'Quick log' })

/** Through the app's own links: a page load would end the connection, as it would on a phone. */
async function openLog(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click()
  await quickLog(page).getByRole('link', { name: 'Open the whole log' }).click()
  await expect(page.getByRole('heading', { level: 1, name: "Baby's log" })).toBeVisible()
}

test('two phones on the same network connect with pasted codes, and each one’s log entry appears on the other without a reload', async ({
  phones: [a, b],
}) => {
  // Two first runs, a family and a connection on a busy machine: more than one page's share of time.
  test.setTimeout(90_000)
  await completeFirstRun(a, birthDaysAgo(2))
  await completeFirstRun(b, birthDaysAgo(2))

  await a.goto('/family')
  await a.getByTestId('family-create').click()
  const familyCode = a.getByTestId('family-code')
  await expect(familyCode).toHaveValue(/^cocoon-family-1:/)
  await b.goto('/family')
  await b.getByTestId('family-join-code').fill(await familyCode.inputValue())
  await b.getByRole('button', { name: 'Join the family' }).click()
  await expect(b.getByTestId('live-status')).toHaveText('Not connected.')

  await a.getByTestId('live-start').click()
  const offer = a.getByTestId('live-offer-code')
  await expect(offer).toHaveValue(/^cocoon-live-1:/)
  await expect(a.getByTestId('live-status')).toHaveText("Waiting for the code from your partner's phone.")

  await b.getByTestId('live-paste').fill(await offer.inputValue())
  await b.getByTestId('live-paste-submit').click()
  const answer = b.getByTestId('live-answer-code')
  await expect(answer).toHaveValue(/^cocoon-live-1:/)

  // Phone A's own code pasted back by mistake is refused in words, linked to the field.
  const paste = a.getByTestId('live-paste')
  await paste.fill(await offer.inputValue())
  await a.getByTestId('live-paste-submit').click()
  await expect(a.getByRole('alert')).toHaveText(/^That is a first code, not a reply\./)
  await expect(paste).toHaveAttribute('aria-invalid', 'true')
  await expect(paste).toHaveAccessibleDescription(/That is a first code, not a reply\./)

  await paste.fill(await answer.inputValue())
  await a.getByTestId('live-paste-submit').click()
  for (const phone of [a, b])
    await expect(phone.getByTestId('live-status')).toHaveText('Connected. Changes go across as you make them.')

  await openLog(a)
  await openLog(b)
  await quickLog(a).getByRole('button', { name: 'Wet nappy' }).click()
  await expect(a.locator('.log-item')).toHaveCount(1)
  await expect(b.locator('.log-item')).toHaveCount(1)

  await quickLog(b).getByRole('button', { name: 'Wet nappy' }).click()
  await expect(b.locator('.log-item')).toHaveCount(2)
  await expect(a.locator('.log-item')).toHaveCount(2)
})
