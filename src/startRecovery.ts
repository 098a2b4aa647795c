const LAST_RECOVERY_KEY = 'cocoon.lastStartRecovery'

/** A second failure this soon after a recovery is left on screen rather than reloaded in a loop. */
export const RECOVERY_PAUSE_MS = 30_000

/**
 * When the app's own code fails to load (a connection dropped mid-way, a request the browser gave
 * up on), the screen would stay blank and a tired parent would not know why. The page reloads once
 * instead; the service worker or the network usually serves it whole the second time.
 */
export function reloadOnceIfStartFails(
  win: Pick<Window, 'addEventListener' | 'sessionStorage' | 'location'> = window,
  now: () => number = Date.now,
): void {
  win.addEventListener(
    'error',
    (event) => {
      const target = event.target as Partial<HTMLScriptElement> | null
      if (target?.tagName !== 'SCRIPT' || target.type !== 'module') return
      try {
        const last = Number(win.sessionStorage.getItem(LAST_RECOVERY_KEY) ?? 0)
        if (now() - last < RECOVERY_PAUSE_MS) return
        win.sessionStorage.setItem(LAST_RECOVERY_KEY, String(now()))
      } catch {
        return
      }
      win.location.reload()
    },
    // Loading errors do not bubble; they are seen on their way down.
    true,
  )
}
