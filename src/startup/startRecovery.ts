const LAST_RECOVERY_KEY = 'cocoon.lastStartRecovery'

/** A second failure this soon after a recovery is left on screen rather than reloaded in a loop. */
export const RECOVERY_PAUSE_MS = 30_000

/**
 * When the app's own code fails to load (a connection dropped mid-way, a request the browser gave
 * up on, a page's or a language's file replaced by a deploy), the screen would stay blank and a tired
 * parent would not know why. The page reloads once instead; the service worker or the network usually
 * serves it whole the second time.
 */
export function reloadOnceIfStartFails(
  win: Pick<Window, 'addEventListener' | 'sessionStorage' | 'location'> = window,
  now: () => number = Date.now,
): void {
  function reloadOnce(): boolean {
    try {
      const last = Number(win.sessionStorage.getItem(LAST_RECOVERY_KEY) ?? 0)
      if (now() - last < RECOVERY_PAUSE_MS) return false
      win.sessionStorage.setItem(LAST_RECOVERY_KEY, String(now()))
    } catch {
      return false
    }
    win.location.reload()
    return true
  }
  win.addEventListener(
    'error',
    (event) => {
      const target = event.target as Partial<HTMLScriptElement> | null
      if (target?.tagName === 'SCRIPT' && target.type === 'module') reloadOnce()
    },
    // Loading errors do not bubble; they are seen on their way down.
    true,
  )
  // A file the app imports later (a page, a language's words) that fails to load: Vite says so with
  // this event; handled, it is not thrown on into a blank page.
  win.addEventListener('vite:preloadError', (event) => {
    if (reloadOnce()) event.preventDefault()
  })
}
