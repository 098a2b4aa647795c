let markShown: () => void = () => undefined
const shown = new Promise<void>((resolve) => (markShown = resolve))

/**
 * Resolves once the first page is on screen. Work that would compete with that page for a slow
 * connection or a slow phone (the service worker's precache, opening the database on a first visit,
 * bookkeeping writes) waits for it.
 */
export function firstPageShown(): Promise<void> {
  return shown
}

/** Called by the app once its first page has been painted. */
export function markFirstPageShown(): void {
  markShown()
}
