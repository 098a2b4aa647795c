import { useFirstPaintHints } from '../composables/useFirstPaintHints'
import { FALLBACK_LOCALE, negotiateLocale } from '../domain/locale'
import { FIRST_RUN_PAGE, needsFirstRun, pageForPath } from '../pages'

/**
 * What the build writes into index.html (vite.config.ts): the files of each language's messages and
 * of each page, with everything they import that the HTML does not already load.
 */
export interface FirstScreenFiles {
  /** The words every page needs: the shell's and the first-run page's. */
  locales: Record<string, string[]>
  /** The words every page but the first-run page needs (Today's and later pages'). */
  homeWords: Record<string, string[]>
  pages: Record<string, string[]>
}

export interface FirstVisit {
  pathname: string
  browserLanguages: readonly string[]
  chosenLocale: string | null
  hasProfile: boolean
}

/**
 * The files the first screen will ask for once the app has started: its language's messages and
 * its page (the first-run page when there is no profile yet), decided the way main.ts and the router
 * will decide. The first-run page gets by without the words of the pages after it, so a first visit
 * does not fetch them. A wrong guess only costs bandwidth.
 */
export function filesForFirstScreen(files: FirstScreenFiles, visit: FirstVisit): string[] {
  const locale =
    visit.chosenLocale !== null && files.locales[visit.chosenLocale]
      ? visit.chosenLocale
      : negotiateLocale(visit.browserLanguages, Object.keys(files.locales), FALLBACK_LOCALE)
  const page = pageForPath(visit.pathname)
  const shown = needsFirstRun(page, visit.hasProfile) ? FIRST_RUN_PAGE : page.name
  const words = [...(files.locales[locale] ?? []), ...(shown === FIRST_RUN_PAGE ? [] : (files.homeWords[locale] ?? []))]
  return [...new Set([...words, ...(files.pages[shown] ?? [])])]
}

/** Asks the browser for the first screen's files (src/startup/preload.ts, before the app's own code runs). */
export function preloadFirstScreen(doc: Document = document): void {
  const data = doc.getElementById('first-screen-files')?.textContent
  if (!data) return
  const hints = useFirstPaintHints()
  const visit = {
    pathname: location.pathname,
    browserLanguages: navigator.languages,
    chosenLocale: hints.locale(),
    hasProfile: hints.hasProfile(),
  }
  for (const href of filesForFirstScreen(JSON.parse(data) as FirstScreenFiles, visit)) {
    const link = doc.createElement('link')
    const isStyle = href.endsWith('.css')
    link.rel = isStyle ? 'preload' : 'modulepreload'
    if (isStyle) link.as = 'style'
    // The same request mode as Vite's own loader, so that it finds these in the cache.
    link.crossOrigin = ''
    link.href = href
    doc.head.append(link)
  }
}
