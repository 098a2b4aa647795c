import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { onConnectionEvent, probeStorage } from '@/db/connection'
import {
  classifyOpenFailure,
  classifyStorageError,
  isStorageError,
  retryingLostConnection,
  type StorageProblemKind,
} from '@/db/errors'

export interface StorageProblem {
  kind: StorageProblemKind
  /** What the parent was writing when it failed, kept so it can be copied out. */
  unsavedText: string | null
}

export interface StorageEstimate {
  usage: number
  quota: number
}

/** Problems that only a reload can end; a later, smaller problem never hides them. */
const STICKY: readonly StorageProblemKind[] = ['versionChange', 'unavailable']

export const useStorageStore = defineStore('storage', () => {
  const problem = shallowRef<StorageProblem | null>(null)
  const estimate = ref<StorageEstimate | null>(null)

  function show(kind: StorageProblemKind, unsavedText: string | null = null): void {
    if (problem.value && STICKY.includes(problem.value.kind) && !STICKY.includes(kind)) return
    problem.value = { kind, unsavedText: unsavedText ?? problem.value?.unsavedText ?? null }
  }

  function report(error: unknown, unsavedText: string | null = null): void {
    show(classifyStorageError(error), unsavedText)
  }

  onConnectionEvent((event) => {
    if (event.kind === 'openFailed') show(classifyOpenFailure(event.error))
    else show(event.kind)
  })
  /**
   * Asking before anything is saved tells a parent at once when this browser keeps nothing (private
   * mode, storage off), instead of after they filled in a form.
   */
  function checkAvailable(): void {
    void probeStorage().catch((error: unknown) => show(classifyOpenFailure(error)))
  }

  /**
   * Runs a write; Safari's lost connection gets one retry. A storage failure is shown, with the
   * parent's unsaved text, and still thrown so that the caller never says "saved".
   */
  async function guard<T>(action: () => Promise<T>, unsavedText: string | null = null): Promise<T> {
    try {
      return await retryingLostConnection(action)
    } catch (error) {
      if (isStorageError(error)) report(error, unsavedText)
      throw error
    }
  }

  /** For an error boundary: shows a storage failure and says whether it was one. */
  function capture(error: unknown): boolean {
    if (!isStorageError(error)) return false
    report(error)
    return true
  }

  function dismiss(): void {
    problem.value = null
  }

  async function refreshEstimate(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<void> {
    if (!storage?.estimate) return
    const { usage = 0, quota = 0 } = await storage.estimate()
    estimate.value = { usage, quota }
  }

  return { problem, estimate, checkAvailable, report, guard, capture, dismiss, refreshEstimate }
})
