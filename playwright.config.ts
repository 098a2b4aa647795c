import { defineConfig } from '@playwright/test'
import { BUILD_DIR, chromiumLaunchOptions, PREVIEW_PORT } from './tests/e2e/chromium'

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: process.env.E2E_RESULTS_DIR ?? 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  // Two workers on two cores also build and serve the app: give a busy machine room before failing.
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PREVIEW_PORT}`,
    launchOptions: chromiumLaunchOptions,
    serviceWorkers: 'allow',
    locale: 'en-GB',
    timezoneId: 'Europe/Stockholm',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite build --outDir ${BUILD_DIR} --emptyOutDir && npx vite preview --outDir ${BUILD_DIR} --host 127.0.0.1 --port ${PREVIEW_PORT} --strictPort`,
    url: `http://127.0.0.1:${PREVIEW_PORT}`,
    // A stray server on the port is an error, never a silent pass against old code.
    reuseExistingServer: false,
    timeout: 120_000,
  },
})
