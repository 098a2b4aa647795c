import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions, PREVIEW_PORT } from './tests/e2e/chromium'

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PREVIEW_PORT}`,
    launchOptions: chromiumLaunchOptions,
    serviceWorkers: 'allow',
    locale: 'en-GB',
    timezoneId: 'Europe/Stockholm',
  },
  webServer: {
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${PREVIEW_PORT} --strictPort`,
    url: `http://127.0.0.1:${PREVIEW_PORT}`,
    // A stray server on the port is an error, never a silent pass against old code.
    reuseExistingServer: false,
    timeout: 120_000,
  },
})
