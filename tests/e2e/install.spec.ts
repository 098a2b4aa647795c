import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from './chromium'
import { expect, test, waitForServiceWorkerControl } from './fixtures'

test('Chrome finds nothing that stops installing the app', async ({ baseURL }) => {
  // Installability needs a real profile: an incognito context always reports "in-incognito".
  const userDataDir = mkdtempSync(join(tmpdir(), 'cocoon-install-'))
  const context = await chromium.launchPersistentContext(userDataDir, { ...chromiumLaunchOptions, baseURL })
  try {
    const page = await context.newPage()
    await page.goto('/help')
    await waitForServiceWorkerControl(page)
    const cdp = await context.newCDPSession(page)
    await expect
      .poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, { timeout: 10_000 })
      .toEqual([])
  } finally {
    await context.close()
    rmSync(userDataDir, { recursive: true, force: true })
  }
})

test('the manifest describes an installable, standalone app with its icons', async ({ page, request }) => {
  await page.goto('/help')
  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  const manifest = await (await request.get(href!)).json()
  expect(manifest).toMatchObject({
    name: 'Cocoon',
    short_name: 'Cocoon',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    lang: 'en',
    theme_color: expect.stringMatching(/^#/),
    background_color: expect.stringMatching(/^#/),
    description: expect.stringMatching(/\w/),
  })
  const icons = manifest.icons as { src: string; sizes: string; purpose?: string }[]
  expect(icons).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ sizes: '192x192', purpose: 'any' }),
      expect.objectContaining({ sizes: '512x512', purpose: 'any' }),
      expect.objectContaining({ sizes: '512x512', purpose: 'maskable' }),
    ]),
  )
  for (const icon of icons) expect((await request.get(icon.src)).headers()['content-type']).toBe('image/png')
  expect((await request.get('/icons/apple-touch-icon-180.png')).ok()).toBe(true)
  await expect(page.locator('meta[name="apple-mobile-web-app-capable"]')).toHaveAttribute('content', 'yes')
  await expect(page.locator('meta[name="mobile-web-app-capable"]')).toHaveAttribute('content', 'yes')
  await expect(page.locator('meta[name="color-scheme"]')).toHaveAttribute('content', 'light dark')
  await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2)
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /default-src 'self'/,
  )
})
