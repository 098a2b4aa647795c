// Makes sure a system Chromium exists for the browser tests. Never downloads a browser build:
// it uses CHROME_PATH, else /usr/bin/chromium, else installs Debian's chromium package when it can.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

const wanted = process.env.CHROME_PATH || '/usr/bin/chromium'
if (existsSync(wanted)) process.exit(0)

const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : ''
const isDebianLike = /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease)
const isRoot = process.getuid?.() === 0

if (process.env.CHROME_PATH || !isDebianLike || !isRoot) {
  console.error(
    `No Chromium at ${wanted}.\n` +
      'The browser tests drive an installed Chromium and never download one. Either:\n' +
      '  - set CHROME_PATH to a Chromium or Chrome executable, or\n' +
      '  - on Debian/Ubuntu: sudo apt-get install chromium  (gives /usr/bin/chromium).',
  )
  process.exit(1)
}

console.log("Installing Debian's chromium package for the browser tests…")
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env })
if (!existsSync('/usr/bin/chromium')) {
  console.error('apt-get finished but /usr/bin/chromium is still missing.')
  process.exit(1)
}
