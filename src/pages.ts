/**
 * The app's pages as plain data. The router is built from it, and so is the first-screen preloader
 * (src/startup/firstScreen.ts), which runs before any framework code has loaded; vite.config.ts reads it at
 * build time to know each page's files. No imports, so it costs the preloader nothing.
 */
export interface Page {
  path: string
  name: string
  /** The file in src/views/ without ".vue". */
  view: string
  /** i18n key of the page title. */
  titleKey: string
  /** Reachable before the first-run screen is done (help must always be). */
  public?: boolean
}

export const pages: readonly Page[] = [
  { path: '/', name: 'today', view: 'TodayView', titleKey: 'today.title' },
  { path: '/timeline/:day(\\d+)?', name: 'timeline', view: 'TimelineView', titleKey: 'timeline.title' },
  { path: '/calm', name: 'calm', view: 'CalmView', titleKey: 'calm.title' },
  { path: '/journal', name: 'journal', view: 'JournalView', titleKey: 'journal.title' },
  { path: '/log', name: 'log', view: 'LogView', titleKey: 'log.title' },
  { path: '/questions', name: 'questions', view: 'QuestionsView', titleKey: 'questions.title' },
  { path: '/visit-sheet', name: 'visitSheet', view: 'VisitSheetView', titleKey: 'visitSheet.title' },
  { path: '/settings', name: 'settings', view: 'SettingsView', titleKey: 'settings.title' },
  { path: '/help', name: 'help', view: 'HelpView', titleKey: 'help.title', public: true },
  { path: '/partner', name: 'partner', view: 'PartnerView', titleKey: 'partner.title' },
  // Public: a partner's phone joins before it knows the birth, which the family then brings.
  { path: '/family', name: 'family', view: 'FamilyView', titleKey: 'family.title', public: true },
  { path: '/sources', name: 'sources', view: 'SourcesView', titleKey: 'sources.title', public: true },
  { path: '/restore', name: 'restore', view: 'RestoreView', titleKey: 'backup.restoreTitle', public: true },
  { path: '/welcome', name: 'welcome', view: 'WelcomeView', titleKey: 'welcome.title', public: true },
]

/** Where anyone without a profile is sent, and where an unknown address leads. */
export const FIRST_RUN_PAGE = 'welcome'
export const HOME_PAGE = 'today'

export function needsFirstRun(page: Pick<Page, 'public'>, hasProfile: boolean): boolean {
  return !hasProfile && !page.public
}

/**
 * The page an address most likely shows, by its first path segment ("/timeline/3" → timeline,
 * anything unknown → today). A guess for preloading only: the router decides.
 */
export function pageForPath(pathname: string): Page {
  const segment = pathname.split('/')[1] ?? ''
  return pages.find((page) => page.path.split('/')[1] === segment) ?? pages.find((page) => page.name === HOME_PAGE)!
}
