import { preview, type PreviewServer } from 'vite'
import { BUILD_DIR, PREVIEW_PORT } from './chromium'
import { birthDaysAgo, completeFirstRun, expect, test, waitForServiceWorkerControl } from './fixtures'

// Seven and a half weeks before the fixture clock (fixtures.ts), whatever today is.
const BIRTH = birthDaysAgo(53)

const PORT = PREVIEW_PORT + 10

test.describe('with the server gone', () => {
  let server: PreviewServer | undefined

  test.beforeAll(async () => {
    // The build made by the web server; a second preview server that this test can stop.
    server = await preview({
      build: { outDir: BUILD_DIR },
      preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
      logLevel: 'silent',
    })
  })

  test.afterAll(async () => {
    await server?.close()
  })

  test.use({ baseURL: `http://127.0.0.1:${PORT}` })

  test('a cold start still shows the app and its data', async ({ page }) => {
    await completeFirstRun(page, { ...BIRTH, country: 'SE' })
    await waitForServiceWorkerControl(page)
    await server!.close()
    server = undefined

    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
    await page.goto(`http://127.0.0.1:${PORT}/settings`)
    await expect(page.getByRole('group', { name: 'Where you get care' }).locator('input[value="SE"]')).toBeChecked()
  })
})
