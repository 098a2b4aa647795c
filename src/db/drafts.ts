import type { Envelope } from '@/domain/crypto'
import type { EntryDraft } from '@/domain/journal'
import { database } from './connection'
import { decodeDraft, encodeDraft } from './journalCodec'

/** A half-written entry under a key such as "journal:new" or "journal:edit:12"; sealed while the lock is on. */
export type DraftRow = { key: string; updatedAt: number } & ({ draft: EntryDraft } | { sealed: Envelope })

async function drafts() {
  return (await database()).drafts
}

export async function saveDraft(key: string, draft: EntryDraft, now = Date.now()): Promise<void> {
  await (await drafts()).put(await encodeDraft(key, draft, now))
}

export async function loadDraft(key: string): Promise<EntryDraft | null> {
  const row = await (await drafts()).get(key)
  return row ? decodeDraft(row) : null
}

export async function clearDraft(key: string): Promise<void> {
  await (await drafts()).delete(key)
}
