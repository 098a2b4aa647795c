import { effectScope } from 'vue'

/**
 * State created once, on first use, and kept for the app's lifetime (what @vueuse's
 * createGlobalState does). Hand-written because @vueuse/core is one module: importing any of it
 * from the shell would put every helper the lazy pages use into the first paint (measured: 4.7 KB gzip).
 */
export function appWide<T>(factory: () => T): () => T {
  let state: { value: T } | undefined
  return () => {
    state ??= { value: effectScope(true).run(factory)! }
    return state.value
  }
}
