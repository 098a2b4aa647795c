import { computed, shallowRef } from 'vue'
import { appWide } from './appWide'

/** Chromium's install event; not in the DOM typings because only Chromium has it. */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>
}

export type InstallOutcome = 'accepted' | 'dismissed' | 'unavailable'

/** iPhone and iPad Safari (iPadOS reports itself as a Mac, but a Mac has no touch screen). */
export function isIosDevice(nav: Pick<Navigator, 'userAgent' | 'maxTouchPoints'>): boolean {
  return /iPhone|iPad|iPod/.test(nav.userAgent) || (/Macintosh/.test(nav.userAgent) && nav.maxTouchPoints > 1)
}

/**
 * Installing the app: Chromium's own prompt, offered from our button instead of the browser's bar,
 * or for iOS (which has no such event) the steps to add it to the home screen. Global state because
 * the event fires once, early, before the settings page may ever be opened.
 */
export const useInstallPrompt = appWide(() => {
  const deferred = shallowRef<BeforeInstallPromptEvent | null>(null)
  const installedNow = shallowRef(false)
  const standaloneQuery = matchMedia('(display-mode: standalone)')
  const standaloneDisplay = shallowRef(standaloneQuery.matches)
  standaloneQuery.addEventListener('change', (event) => (standaloneDisplay.value = event.matches))
  const standalone = computed(
    () =>
      installedNow.value ||
      standaloneDisplay.value ||
      (navigator as Navigator & { standalone?: boolean }).standalone === true,
  )
  const ios = isIosDevice(navigator)

  // App-wide listeners, never removed: the event fires once, early, whatever page is open.
  window.addEventListener('beforeinstallprompt', (event: Event) => {
    event.preventDefault()
    deferred.value = event as BeforeInstallPromptEvent
  })
  window.addEventListener('appinstalled', () => {
    installedNow.value = true
    deferred.value = null
  })

  async function install(): Promise<InstallOutcome> {
    const event = deferred.value
    if (!event) return 'unavailable'
    // The event can be used only once, whatever the parent answers.
    deferred.value = null
    await event.prompt()
    const { outcome } = await event.userChoice
    if (outcome === 'accepted') installedNow.value = true
    return outcome
  }

  return {
    standalone,
    canPrompt: computed(() => deferred.value !== null && !standalone.value),
    showIosSteps: computed(() => ios && !standalone.value),
    install,
  }
})
