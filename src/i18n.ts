import { createI18n } from 'vue-i18n'
import { FALLBACK_LOCALE, localeFromPath, negotiateLocale } from '@/domain/locale'

type LocaleModule = { default: Record<string, unknown> }
type LocalePart = 'shell' | 'content' | 'home' | 'pages'
/** The parts after the shell's, in the order pages need them (see build/localeParts.ts). */
export type PageWords = Exclude<LocalePart, 'shell'>

function byLocale(modules: Record<string, () => Promise<LocaleModule>>) {
  return Object.fromEntries(Object.entries(modules).map(([path, load]) => [localeFromPath(path.split('?')[0]!)!, load]))
}

// Each file in locales/ is a language: dropping one in adds it, and only the chosen one is loaded.
// It is served in four parts (build/localeParts.ts): what the shell paints with, what the first-run
// page needs (every page loads it), what Today and every later page need, and the other pages' words.
const partLoaders: Record<LocalePart, Record<string, () => Promise<LocaleModule>>> = {
  shell: byLocale(import.meta.glob<LocaleModule>('../locales/*.json', { query: { part: 'shell' } })),
  content: byLocale(import.meta.glob<LocaleModule>('../locales/*.json', { query: { part: 'content' } })),
  home: byLocale(import.meta.glob<LocaleModule>('../locales/*.json', { query: { part: 'home' } })),
  pages: byLocale(import.meta.glob<LocaleModule>('../locales/*.json', { query: { part: 'pages' } })),
}

export const availableLocales = Object.keys(partLoaders.shell).sort()

/**
 * Clock style follows the device, not the app language: a Swedish phone showing Cocoon in English
 * still gets 14:30, an American one 2:30 PM. Asked when a time is first formatted: the first Intl
 * call of a page costs tens of milliseconds, and the first-run page formats no dates at all.
 */
let deviceHourCycle: Intl.DateTimeFormatOptions['hourCycle']

function withDeviceClock<T extends Intl.DateTimeFormatOptions>(options: T): T {
  return Object.defineProperty(options, 'hourCycle', {
    enumerable: true,
    get: () =>
      (deviceHourCycle ??= new Intl.DateTimeFormat(globalThis.navigator?.language, {
        hour: 'numeric',
      }).resolvedOptions().hourCycle),
  })
}

const datetimeFormats = {
  time: withDeviceClock({ hour: '2-digit', minute: '2-digit' }),
  weekdayTime: withDeviceClock({ weekday: 'short', hour: '2-digit', minute: '2-digit' }),
  dayMonth: { day: 'numeric', month: 'long' },
  short: { day: 'numeric', month: 'short', year: 'numeric' },
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  dateTime: withDeviceClock({ day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
} as const satisfies Record<string, Intl.DateTimeFormatOptions>

export const i18n = createI18n({
  legacy: false,
  locale: FALLBACK_LOCALE,
  // No fallback on purpose: only the chosen language is downloaded, so English would never be there
  // to fall back to. Completeness is guaranteed instead: tests/unit/locales.test.ts fails the build
  // on any key missing from a language.
  fallbackLocale: false,
  messages: {},
  missingWarn: import.meta.env.DEV,
})

export function preferredLocale(browserLanguages: readonly string[]): string {
  return negotiateLocale(browserLanguages, availableLocales, FALLBACK_LOCALE)
}

/**
 * The language to show for a saved choice: the choice when Cocoon has it (or its base language),
 * otherwise the browser's languages, as if nothing had been chosen. A backup may carry a language
 * this version does not have ("tlh-x-klingon"); that is no reason to switch to English.
 */
export function chosenLocale(choice: string | null, browserLanguages: readonly string[]): string {
  return preferredLocale(choice === null ? browserLanguages : [choice, ...browserLanguages])
}

/** The language's own name for itself ("Svenska", "Nederlands"), worked out at build time (vite.config.ts). */
export function localeName(locale: string): string {
  return __LOCALE_NAMES__[locale] ?? locale
}

const loadedParts = new Map<string, Promise<void>>()

function loadPart(locale: string, part: LocalePart): Promise<void> {
  const key = `${locale}:${part}`
  let loading = loadedParts.get(key)
  if (!loading) {
    loading = partLoaders[part][locale]!().then(({ default: messages }) => {
      // The parts hold different top-level namespaces, so joining them is shallow. mergeLocaleMessage
      // would copy every message one by one through Vue's reactive proxies (25 ms on a desktop).
      i18n.global.setLocaleMessage(locale, {
        ...(i18n.global.getLocaleMessage(locale) as object),
        ...messages,
      } as never)
    })
    loading.catch(() => loadedParts.delete(key))
    loadedParts.set(key, loading)
  }
  return loading
}

let requestedLocale = FALLBACK_LOCALE
/** The parts the pages shown so far have needed: a change of language loads them all again. */
const wantedParts = new Set<PageWords>(['content'])

function loadWanted(locale: string): Promise<unknown> {
  return Promise.all([...wantedParts].map((part) => loadPart(locale, part)))
}

/**
 * Switches the language once its messages are in (merging messages later would not re-render what
 * is on screen). With `awaitContent: false`, only the shell's part is awaited and the rest keeps
 * loading: the router waits for it through `localeContentReady` before showing a page.
 */
export async function setLocale(locale: string, { awaitContent = true } = {}): Promise<void> {
  const target = partLoaders.shell[locale] ? locale : FALLBACK_LOCALE
  requestedLocale = target
  const content = loadWanted(target)
  await loadPart(target, 'shell')
  if (awaitContent) await content
  i18n.global.setDateTimeFormat(target, datetimeFormats)
  i18n.global.locale.value = target
  document.documentElement.lang = target
}

/**
 * The words a page needs, as parts: the first-run page only 'content', Today 'home' too, and every
 * other page 'pages' as well (src/router.ts decides which).
 */
export async function localeContentReady(parts: readonly PageWords[]): Promise<void> {
  for (const part of parts) wantedParts.add(part)
  await loadWanted(requestedLocale)
}
