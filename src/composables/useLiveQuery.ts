import { onScopeDispose, ref, shallowRef, watch, type Ref, type ShallowRef, type WatchSource } from 'vue'
import { observeLive } from '@/db/live'

export interface UseLiveQueryOptions<T> {
  /** The value until the first result arrives. */
  initial: T
  /** Reactive inputs of the query: when they change, the query starts over with them. */
  deps?: WatchSource<unknown>
}

export interface UseLiveQueryReturn<T> {
  data: ShallowRef<T>
  /** True once a result for the current inputs has arrived. */
  ready: Ref<boolean>
  /** Why the query for the current inputs failed; null while it works (or has not answered yet). */
  error: ShallowRef<unknown>
}

/** A Dexie live query as a ref: follows writes from every tab, stops when the calling scope ends. */
export function useLiveQuery<T>(query: () => Promise<T>, options: UseLiveQueryOptions<T>): UseLiveQueryReturn<T> {
  const data = shallowRef(options.initial) as ShallowRef<T>
  const ready = ref(false)
  const error = shallowRef<unknown>(null)
  let stop: (() => void) | undefined

  function start(): void {
    stop?.()
    ready.value = false
    error.value = null
    stop = observeLive(query, {
      next: (value) => {
        data.value = value
        error.value = null
        ready.value = true
      },
      error: (failure) => {
        error.value = failure
      },
    })
  }

  if (options.deps) watch(options.deps, start, { deep: true, immediate: true })
  else start()
  onScopeDispose(() => stop?.())

  return { data, ready, error }
}
