import type { LaunchOptions } from '@playwright/test'

/** Overridable so that several checkouts can run their browser tests side by side. */
export const PREVIEW_PORT = Number(process.env.E2E_PORT ?? 4173)
export const BUILD_DIR = process.env.E2E_OUT_DIR ?? 'dist'

/** Debian's Chromium with the flags that keep it off the (closed) network and quiet. */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
}
