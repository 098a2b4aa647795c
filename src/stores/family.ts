import { defineStore } from 'pinia'
import { computed, watch } from 'vue'
import { familyCode, parseFamilyCode } from '@/domain/familyCode'
import {
  EXCHANGE_FILE_TYPE,
  exchangeFileName,
  openExchange,
  sealExchange,
  type ExchangeProblem,
} from '@/domain/familyExchange'
import { checkFamilyPayload } from '@/domain/backupValidation'
import { isStorageError } from '@/db/errors'
import {
  applyPayload,
  createFamily,
  dismissConflict,
  familyStatus,
  joinFamily,
  keepSetAside,
  leaveFamily,
  makePayload,
  markSent,
  replaceFamilyKey,
  type FamilyStatus,
} from '@/db/family'
import { JournalLockedError } from '@/db/journalCodec'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { useProfileStore } from './profile'
import { useStorageStore } from './storage'

export type { ConflictView } from '@/db/family'

export type ReceiveProblem = ExchangeProblem | 'invalidContent' | 'locked' | 'notPaired'
export type Received =
  { ok: true; alreadyApplied: boolean; changed: number; conflicts: number } | { ok: false; problem: ReceiveProblem }

/**
 * Two phones, one family (README, "Two phones"): pairing, the sealed changes one phone hands the
 * other (as a file, or over the live connection), and what the merge set aside.
 */
export const useFamilyStore = defineStore('family', () => {
  const storage = useStorageStore()
  const query = useLiveQuery(familyStatus, {
    initial: { membership: null, peers: [], waiting: 0, conflicts: [] } as FamilyStatus,
  })
  watch(query.error, (error) => {
    if (error !== null && isStorageError(error)) storage.report(error)
  })

  const ready = query.ready
  const status = query.data
  const membership = computed(() => status.value.membership)
  const code = computed(() => (membership.value ? familyCode(membership.value) : null))

  async function create(): Promise<void> {
    await storage.guard(() => createFamily())
  }

  /** Joins with a scanned or pasted code; false when the text is not a family code. */
  async function join(text: string): Promise<boolean> {
    const parsed = parseFamilyCode(text)
    if (!parsed) return false
    await storage.guard(() => joinFamily(parsed))
    return true
  }

  const leave = () => storage.guard(leaveFamily)
  const replaceKey = () => storage.guard(() => replaceFamilyKey())

  /** Everything shared, sealed with the family key; throws JournalLockedError while locked. */
  async function sealedChanges(now = Date.now()): Promise<string> {
    const current = membership.value
    if (!current) throw new Error('Not in a family')
    const payload = await storage.guard(() => makePayload(now))
    return sealExchange(current, JSON.stringify(payload))
  }

  /** The hand-over file, or 'locked' while the lock is closed (a sealed note cannot be opened to send). */
  async function handoverFile(now = Date.now()): Promise<File | 'locked'> {
    let text: string
    try {
      text = await sealedChanges(now)
    } catch (error) {
      if (error instanceof JournalLockedError) return 'locked'
      throw error
    }
    return new File([text], exchangeFileName(new Date(now)), { type: EXCHANGE_FILE_TYPE })
  }

  /** Once the parent has sent the file (or the live link has): what is waiting counts from now. */
  const sent = (now = Date.now()) => storage.guard(() => markSent(now))

  /** Takes in what the partner's phone sealed: opened, checked like a backup, then merged in one go. */
  async function receive(text: string, now = Date.now()): Promise<Received> {
    const current = membership.value
    if (!current) return { ok: false, problem: 'notPaired' }
    const opened = await openExchange(current, text)
    if (!opened.ok) return opened
    const checked = checkFamilyPayload(opened.plaintext, now)
    if (!checked.ok) return { ok: false, problem: 'invalidContent' }
    try {
      const applied = await storage.guard(() => applyPayload(checked.payload, now))
      // The birth details may have come with it: a phone that joined before knowing them can go on.
      if (applied.changed > 0) await useProfileStore().reload()
      return { ok: true, ...applied }
    } catch (error) {
      if (error instanceof JournalLockedError) return { ok: false, problem: 'locked' }
      throw error
    }
  }

  const keepOther = (id: string) => storage.guard(() => keepSetAside(id))
  const dismiss = (id: string) => storage.guard(() => dismissConflict(id))

  return {
    ready,
    status,
    membership,
    code,
    create,
    join,
    leave,
    replaceKey,
    sealedChanges,
    handoverFile,
    sent,
    receive,
    keepOther,
    dismiss,
  }
})
