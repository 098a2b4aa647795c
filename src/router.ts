import { createRouter, createWebHistory, loadRouteLocation, type RouteLocationNormalized } from 'vue-router'
import { localeContentReady } from '@/i18n'
import { useProfileStore } from '@/stores/profile'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title. */
    titleKey: string
    /** Reachable before the first-run screen is done (help must always be). */
    public?: boolean
  }
}

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  scrollBehavior: (to, _from, saved) => saved ?? (to.hash ? { el: to.hash } : { top: 0 }),
  routes: [
    { path: '/', name: 'today', component: () => import('@/views/TodayView.vue'), meta: { titleKey: 'today.title' } },
    {
      path: '/timeline/:day(\\d+)?',
      name: 'timeline',
      component: () => import('@/views/TimelineView.vue'),
      meta: { titleKey: 'timeline.title' },
    },
    { path: '/calm', name: 'calm', component: () => import('@/views/CalmView.vue'), meta: { titleKey: 'calm.title' } },
    { path: '/journal', name: 'journal', component: () => import('@/views/JournalView.vue'), meta: { titleKey: 'journal.title' } },
    { path: '/settings', name: 'settings', component: () => import('@/views/SettingsView.vue'), meta: { titleKey: 'settings.title' } },
    { path: '/help', name: 'help', component: () => import('@/views/HelpView.vue'), meta: { titleKey: 'help.title', public: true } },
    { path: '/partner', name: 'partner', component: () => import('@/views/PartnerView.vue'), meta: { titleKey: 'partner.title' } },
    { path: '/sources', name: 'sources', component: () => import('@/views/SourcesView.vue'), meta: { titleKey: 'sources.title', public: true } },
    { path: '/restore', name: 'restore', component: () => import('@/views/RestoreView.vue'), meta: { titleKey: 'backup.restoreTitle', public: true } },
    { path: '/welcome', name: 'welcome', component: () => import('@/views/WelcomeView.vue'), meta: { titleKey: 'welcome.title', public: true } },
    { path: '/:unknown(.*)*', redirect: { name: 'today' }, meta: { titleKey: 'today.title' } },
  ],
})

export function needsFirstRun(to: RouteLocationNormalized, hasProfile: boolean): boolean {
  return !hasProfile && !to.meta.public
}

router.beforeEach(async (to) => {
  const profile = useProfileStore()
  await Promise.all([profile.load().catch(() => undefined), localeContentReady(), loadRouteLocation(to)])
  if (needsFirstRun(to, profile.hasProfile)) return { name: 'welcome' }
  return true
})
