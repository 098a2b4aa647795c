import { readFile } from 'node:fs/promises'
import type { Plugin } from 'vite'

/**
 * Top-level locale namespaces the app shell paints with (header, navigation, banners and lock screen,
 * which render before any route). They load with the first paint; the other parts right after it,
 * in parallel with the database, so the JavaScript for the first paint stays small.
 */
export const shellNamespaces = ['app', 'nav', 'update', 'lock', 'storageProblem', 'whatsNew']

/**
 * The first-run page's words (the form, the language picker, the install hint): the "content" part,
 * which every page loads. A first visit downloads nothing else, so a namespace only goes here when the
 * first-run page shows it (tests/component/WelcomeView.test.ts fails on any word it misses).
 */
export const firstRunNamespaces = ['welcome', 'language', 'profileForm', 'countries', 'install']

/**
 * Namespaces only pages other than the two first screens (Today, first run) use: the router loads them
 * before showing such a page, so Today and the first-run page never download them.
 */
export const pageNamespaces = [
  'partner',
  'calm',
  'sources',
  'deleteAll',
  'guard',
  'mood',
  'logChart',
  'questions',
  'visitSheet',
  'growth',
  'family',
]

/**
 * Every other namespace (Today's moments, red flags, the log, …) is "home": every page but the
 * first-run one loads it, so a first visit never downloads the words of the pages after it.
 */
export const localePartNames = ['shell', 'content', 'home', 'pages'] as const
export type LocalePart = (typeof localePartNames)[number]

function partOf(namespace: string): LocalePart {
  if (shellNamespaces.includes(namespace)) return 'shell'
  if (firstRunNamespaces.includes(namespace)) return 'content'
  return pageNamespaces.includes(namespace) ? 'pages' : 'home'
}

/** The namespaces of one language's messages that belong to a part; together the parts are the whole. */
export function localePart(messages: Record<string, unknown>, part: LocalePart): Record<string, unknown> {
  return Object.fromEntries(Object.entries(messages).filter(([namespace]) => partOf(namespace) === part))
}

/**
 * Serves `locales/<lang>.json?part=shell|content|home|pages` as the matching subset of the one file per language,
 * which the i18n plugin then precompiles like any locale file.
 */
export function localeParts(localesDir: string): Plugin {
  return {
    name: 'cocoon-locale-parts',
    enforce: 'pre',
    async load(id) {
      const [path, query] = id.split('?')
      if (!query || !path!.startsWith(localesDir) || !path!.endsWith('.json')) return
      const part = new URLSearchParams(query).get('part') as LocalePart | null
      if (!part || !localePartNames.includes(part)) return
      this.addWatchFile(path!)
      return JSON.stringify(localePart(JSON.parse(await readFile(path!, 'utf8')) as Record<string, unknown>, part))
    },
  }
}
