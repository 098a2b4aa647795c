import { createI18n } from 'vue-i18n'
import { localeFromPath, negotiateLocale } from '@/domain/locale'

type LocaleModule = { default: Record<string, unknown> }

// Each file in locales/ is a language: dropping one in adds it, and only the chosen one is loaded.
const localeLoaders = Object.fromEntries(
  Object.entries(import.meta.glob<LocaleModule>('../locales/*.json')).map(([path, load]) => [localeFromPath(path)!, load]),
)

export const FALLBACK_LOCALE = 'en'
export const availableLocales = Object.keys(localeLoaders).sort()

const datetimeFormat = {
  time: { hour: '2-digit', minute: '2-digit' },
  weekdayTime: { weekday: 'short', hour: '2-digit', minute: '2-digit' },
  dayMonth: { day: 'numeric', month: 'long' },
  short: { day: 'numeric', month: 'short', year: 'numeric' },
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  dateTime: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
} as const

export const i18n = createI18n({
  legacy: false,
  locale: FALLBACK_LOCALE,
  fallbackLocale: FALLBACK_LOCALE,
  messages: {},
  missingWarn: import.meta.env.DEV,
  fallbackWarn: import.meta.env.DEV,
})

export function preferredLocale(browserLanguages: readonly string[]): string {
  return negotiateLocale(browserLanguages, availableLocales, FALLBACK_LOCALE)
}

/** The language's own name for itself ("svenska", "Nederlands"), so no list of names is kept. */
export function localeName(locale: string): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1)
}

export async function setLocale(locale: string): Promise<void> {
  const target = localeLoaders[locale] ? locale : FALLBACK_LOCALE
  const global = i18n.global
  if (!global.availableLocales.includes(target)) {
    const messages = (await localeLoaders[target]!()).default
    global.setLocaleMessage(target, messages as never)
    global.setDateTimeFormat(target, datetimeFormat)
  }
  global.locale.value = target
  document.documentElement.lang = target
}
