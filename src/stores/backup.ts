import { defineStore } from 'pinia'
import { ref } from 'vue'
import { backupFileName, backupLimits, type BackupDocument } from '@/domain/backup'
import { checkBackup, type BackupCheck } from '@/domain/backupValidation'
import { deriveKey, verifies, type LockKey } from '@/domain/crypto'
import type { ImportMode } from '@/domain/importPlan'
import {
  erasureSummary,
  eraseEverything,
  exportBackup,
  importBackup,
  type ErasureSummary,
  type ImportResult,
} from '@/db/backup'
import { useLockStore } from './lock'
import { useFirstPaintHints } from '@/composables/useFirstPaintHints'
import { useSettingsStore } from './settings'
import { useStorageStore } from './storage'

export type { ErasureSummary, ImportResult }

export interface Progress {
  done: number
  total: number
}

export interface CreatedBackup {
  file: File
  entries: number
  locked: boolean
}

/** Local hints (language, theme…) all start with this, so deleting everything can find them. */
const LOCAL_HINT_PREFIX = 'cocoon.'

export class PasscodeRefusedError extends Error {
  constructor() {
    super('The passcode is needed to save a backup while the journal is locked')
    this.name = 'PasscodeRefusedError'
  }
}

export const useBackupStore = defineStore('backup', () => {
  const storage = useStorageStore()
  const settings = useSettingsStore()
  const progress = ref<Progress | null>(null)

  function track(done: number, total: number): void {
    progress.value = { done, total }
  }

  const lock = useLockStore()

  /**
   * While the journal is locked, whoever holds the phone must know the passcode to take a copy of it
   * away (the copy can be guessed at elsewhere); the passcode counts as a try on the lock screen.
   */
  async function create(now = new Date(), passcode = ''): Promise<CreatedBackup> {
    if (lock.enabled && !lock.unlocked && !(await lock.prove(passcode, now.getTime())).right)
      throw new PasscodeRefusedError()
    try {
      const { text, summary } = await storage.guard(() => exportBackup(track, now.getTime()))
      const file = new File([text], backupFileName(now), { type: 'application/json' })
      return { file, entries: summary.entries, locked: summary.locked }
    } finally {
      progress.value = null
    }
  }

  /** Called once the file has been handed to the share sheet or the downloads. */
  async function markSaved(now = Date.now()): Promise<void> {
    await settings.update('lastBackupAt', now)
  }

  /** Nothing is read beyond the size limit: a huge file is refused before it can fill memory. */
  async function inspect(file: Blob, now = Date.now()): Promise<BackupCheck> {
    if (file.size > backupLimits.fileBytes) return { ok: false, problem: { code: 'tooLarge', path: '' } }
    return checkBackup(new Uint8Array(await file.arrayBuffer()), now)
  }

  /** The key of a locked backup, or null when the passcode is not the one it was made with. */
  async function keyFor(backup: BackupDocument, passcode: string): Promise<LockKey | null> {
    if (!backup.lock) return null
    const key = await deriveKey(passcode, backup.lock)
    return (await verifies(key, backup.lock.verifier)) ? key : null
  }

  async function restore(
    backup: BackupDocument,
    mode: ImportMode,
    backupKey: LockKey | null = null,
  ): Promise<ImportResult> {
    try {
      return await storage.guard(() => importBackup(backup, mode, { backupKey, onProgress: track }))
    } finally {
      // A restored birth replaces the one Today would paint before the app loads.
      useFirstPaintHints().rememberTodaySnapshot(null)
      progress.value = null
    }
  }

  async function eraseAll(): Promise<void> {
    await storage.guard(() => eraseEverything())
    try {
      for (const key of Object.keys(localStorage)) if (key.startsWith(LOCAL_HINT_PREFIX)) localStorage.removeItem(key)
      sessionStorage.clear()
    } catch {
      // Storage can be disabled; then there were no hints to clear.
    }
  }

  function whatWouldBeErased(): Promise<ErasureSummary> {
    return storage.guard(() => erasureSummary())
  }

  return { progress, create, markSaved, inspect, keyFor, restore, whatWouldBeErased, eraseAll }
})
