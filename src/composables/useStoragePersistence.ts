import { ref } from 'vue'
import { appWide } from './appWide'

export type PersistenceState = 'persisted' | 'best-effort' | 'unsupported'

/**
 * Whether the browser promised to keep our storage. Chromium decides silently, Firefox asks,
 * Safari never prompts; asking once something is saved gives the best chance of a yes.
 */
export function createStoragePersistence(storage: StorageManager | undefined = globalThis.navigator?.storage) {
  const state = ref<PersistenceState>(typeof storage?.persisted === 'function' ? 'best-effort' : 'unsupported')

  async function refresh(): Promise<PersistenceState> {
    if (!storage?.persisted) return (state.value = 'unsupported')
    state.value = (await storage.persisted()) ? 'persisted' : 'best-effort'
    return state.value
  }

  async function request(): Promise<PersistenceState> {
    if (!storage?.persist) return (state.value = 'unsupported')
    if (await storage.persisted()) return (state.value = 'persisted')
    state.value = (await storage.persist()) ? 'persisted' : 'best-effort'
    return state.value
  }

  return { state, refresh, request }
}

/** One shared state for the app: the settings page shows what the journal's first save asked for. */
export const useStoragePersistence = appWide(() => createStoragePersistence())
