import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createRouter, createMemoryHistory } from 'vue-router'
import type { Component } from 'vue'
import { markFirstPageShown } from '@/composables/firstPageShown'
import { i18n, localeContentReady, setLocale, type PageWords } from '@/i18n'
import { router as appRouter } from '@/router'

/**
 * Mounts a component with the app's real i18n (in the given language), a fresh Pinia and a memory router.
 * `words`: the locale parts to load, all of them unless a test checks a page gets by with its own.
 */
export async function mountWithApp<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> = {},
  locale = 'en',
  words: readonly PageWords[] = ['content', 'home', 'pages'],
) {
  await setLocale(locale)
  // Views are mounted without the router's guard, which loads the words a page needs before it.
  await localeContentReady(words)
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createRouter({ history: createMemoryHistory(), routes: appRouter.getRoutes() })
  await router.push('/help')
  await router.isReady()
  const wrapper = mount(component, {
    ...options,
    global: { ...options.global, plugins: [pinia, i18n, router, ...(options.global?.plugins ?? [])] },
  } as ComponentMountingOptions<C>)
  // What App does once its first page is painted; work waiting for it (bookkeeping writes) may go on.
  markFirstPageShown()
  return { wrapper, router, pinia }
}
