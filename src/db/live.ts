import { onKeyChange } from './keyring'

export interface LiveObserver<T> {
  next: (value: T) => void
  error?: (error: unknown) => void
}

/**
 * Runs a query now and again whenever a write (in this tab or another) touches what it read.
 * Dexie is imported here on demand, like in connection.ts, so it stays out of the first paint.
 * Returns the way to stop listening; calling it before Dexie has loaded is fine.
 */
export function observeLive<T>(query: () => Promise<T>, observer: LiveObserver<T>): () => void {
  let stopped = false
  let subscription: { unsubscribe: () => void } | undefined
  let liveQuery: typeof import('dexie').liveQuery | undefined

  function subscribe(): void {
    subscription?.unsubscribe()
    // An async querier tells Dexie to follow the query across every await inside it.
    subscription = liveQuery!(async () => await query()).subscribe({ next: observer.next, error: observer.error })
  }

  import('dexie').then(
    (dexie) => {
      if (stopped) return
      liveQuery = dexie.liveQuery
      subscribe()
    },
    (error: unknown) => observer.error?.(error),
  )
  // The same rows read differently once the lock's key comes or goes: run the query afresh.
  const stopListening = onKeyChange(() => {
    if (liveQuery && !stopped) subscribe()
  })
  return () => {
    stopped = true
    stopListening()
    subscription?.unsubscribe()
  }
}
