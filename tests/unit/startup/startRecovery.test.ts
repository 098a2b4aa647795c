import { beforeEach, describe, expect, it, vi } from 'vitest'
import { RECOVERY_PAUSE_MS, reloadOnceIfStartFails } from '@/startup/startRecovery'

describe('a start that fails to load', () => {
  let page: HTMLElement
  let clock: number
  let reload: ReturnType<typeof vi.fn>

  function failToLoad(tag: 'script' | 'img', type = 'module'): void {
    const element = document.createElement(tag)
    if (element instanceof HTMLScriptElement) element.type = type
    page.append(element)
    element.dispatchEvent(new Event('error'))
  }

  beforeEach(() => {
    sessionStorage.clear()
    page = document.createElement('div')
    clock = 1_000_000
    reload = vi.fn()
    const win = {
      addEventListener: page.addEventListener.bind(page),
      sessionStorage,
      location: { reload } as unknown as Location,
    }
    reloadOnceIfStartFails(win, () => clock)
  })

  it("reloads the page once when one of the app's scripts cannot be fetched", () => {
    failToLoad('script')
    expect(reload).toHaveBeenCalledOnce()
  })

  it('does not reload in a loop, but does again after a pause', () => {
    failToLoad('script')
    failToLoad('script')
    expect(reload).toHaveBeenCalledOnce()
    clock += RECOVERY_PAUSE_MS
    failToLoad('script')
    expect(reload).toHaveBeenCalledTimes(2)
  })

  it("reloads once when a file the app imports later cannot be fetched, and stops Vite's error then", () => {
    const failed = new Event('vite:preloadError', { cancelable: true })
    page.dispatchEvent(failed)
    expect(reload).toHaveBeenCalledOnce()
    expect(failed.defaultPrevented).toBe(true)
    const again = new Event('vite:preloadError', { cancelable: true })
    page.dispatchEvent(again)
    expect(reload).toHaveBeenCalledOnce()
    expect(again.defaultPrevented).toBe(false)
  })

  it('leaves other failures alone (an image, a classic script)', () => {
    failToLoad('img')
    failToLoad('script', 'text/javascript')
    expect(reload).not.toHaveBeenCalled()
  })
})
