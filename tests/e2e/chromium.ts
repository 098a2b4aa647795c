import type { LaunchOptions } from '@playwright/test'

export const PREVIEW_PORT = 4173

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
