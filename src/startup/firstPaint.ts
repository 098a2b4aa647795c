import { useFirstPaintHints } from '@/composables/useFirstPaintHints'
import { ageLineAt, readTodaySnapshot } from '@/domain/todaySnapshot'
import { PREPAINTED_ATTRIBUTE } from './prepainted'

export interface Visit {
  pathname: string
  browserLanguages: readonly string[]
}

const thisVisit = (): Visit => ({ pathname: location.pathname, browserLanguages: navigator.languages })

/**
 * A returning parent opening Today sees its title and the baby's age at once, painted from the
 * snapshot Today left behind, while the app's code, its words and the database load. The rest of the
 * page follows in one go when the app mounts over it; the header keeps its height so nothing moves.
 */
export function paintTodayFromSnapshot(
  doc: Document = document,
  visit: Visit = thisVisit(),
  now: number = Date.now(),
): boolean {
  const app = doc.getElementById('app')
  if (!app || app.childElementCount > 0 || visit.pathname !== '/') return false
  const hints = useFirstPaintHints()
  const snapshot = readTodaySnapshot(hints.todaySnapshot(), {
    chosenLocale: hints.locale(),
    browserLanguages: visit.browserLanguages.join(','),
  })
  if (!snapshot || !hints.hasProfile()) return false

  const header = doc.createElement('div')
  header.className = 'first-paint-header'
  header.style.height = `${snapshot.headerHeight}px`
  const main = doc.createElement('main')
  main.className = 'app-main'
  const section = doc.createElement('section')
  const title = doc.createElement('h1')
  title.textContent = snapshot.texts.title
  const age = doc.createElement('p')
  age.className = 'today-age'
  age.textContent = ageLineAt(snapshot, now)
  section.append(title, age)
  main.append(section)
  app.append(header, main)
  app.setAttribute(PREPAINTED_ATTRIBUTE, '')
  return true
}

/**
 * The preloader runs as soon as it has loaded, which can be before the parser has reached the app's
 * element: then it paints the moment that element appears.
 */
export function paintTodayWhenReady(doc: Document = document, visit: Visit = thisVisit(), now?: number): void {
  if (doc.getElementById('app')) {
    paintTodayFromSnapshot(doc, visit, now)
    return
  }
  const observer = new MutationObserver(() => {
    if (!doc.getElementById('app')) return
    observer.disconnect()
    paintTodayFromSnapshot(doc, visit, now)
  })
  observer.observe(doc.documentElement, { childList: true, subtree: true })
}
