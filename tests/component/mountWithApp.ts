import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createRouter, createMemoryHistory } from 'vue-router'
import type { Component } from 'vue'
import { markFirstPageShown } from '@/composables/firstPageShown'
import { i18n, localeContentReady, setLocale } from '@/i18n'
import { router as appRouter } from '@/router'

/** Mounts a component with the app's real i18n (in the given language), a fresh Pinia and a memory router. */
export async function mountWithApp<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> = {},
  locale = 'en',
) {
  await setLocale(locale)
  // Views are mounted without the router's guard, which loads the other pages' words before a page.
  await localeContentReady(true)
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
