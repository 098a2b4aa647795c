import type { Component } from 'vue'
import { createRouter, createWebHistory, loadRouteLocation, START_LOCATION } from 'vue-router'
import { useFirstPaintHints } from '@/composables/useFirstPaintHints'
import { localeContentReady, type PageWords } from '@/i18n'
import { FIRST_RUN_PAGE, HOME_PAGE, needsFirstRun, pages, type Page } from '@/pages'
import { useProfileStore } from '@/stores/profile'
import { useSettingsStore } from '@/stores/settings'

declare module 'vue-router' {
  interface RouteMeta extends Pick<Page, 'titleKey' | 'public'> {}
}

const views = import.meta.glob<Component>('./views/*.vue')

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  // The first page starts at the top anyway; asking to scroll there would force an extra layout.
  scrollBehavior: (to, from, saved) =>
    saved ?? (to.hash ? { el: to.hash } : from === START_LOCATION ? false : { top: 0 }),
  routes: [
    ...pages.map((page) => ({
      path: page.path,
      name: page.name,
      component: views[`./views/${page.view}.vue`]!,
      meta: { titleKey: page.titleKey, public: page.public },
    })),
    { path: '/:unknown(.*)*', redirect: { name: HOME_PAGE }, meta: { titleKey: 'today.title' } },
  ],
})

const hints = useFirstPaintHints()

/**
 * The locale parts a page needs: a first visit downloads only the first-run page's words, Today adds
 * its own (moments, red flags, the log, …) and every other page the other pages' words as well.
 */
export function wordsFor(pageName: unknown): PageWords[] {
  if (pageName === FIRST_RUN_PAGE) return ['content']
  return pageName === HOME_PAGE ? ['content', 'home'] : ['content', 'home', 'pages']
}

router.beforeEach(async (to) => {
  const profile = useProfileStore()
  // On the first screen the database is still opening: the hint says which page it will most likely
  // allow, so that page's code downloads meanwhile (a guess that turns out wrong only costs time).
  const likelyProfile = profile.loaded ? profile.hasProfile : hints.hasProfile()
  const likely = needsFirstRun(to.meta, likelyProfile) ? router.resolve({ name: FIRST_RUN_PAGE }) : to
  // Settings too, so that a page never moves down when the "what's new" line appears above it.
  await Promise.all([
    profile.load().catch(() => undefined),
    useSettingsStore()
      .load()
      .catch(() => undefined),
    localeContentReady(wordsFor(likely.name)),
    loadRouteLocation(likely),
  ])
  if (needsFirstRun(to.meta, profile.hasProfile)) return { name: FIRST_RUN_PAGE }
  // After a wrong guess the page shown needs more words than the one guessed (a no-op otherwise).
  await localeContentReady(wordsFor(to.name))
  return true
})
