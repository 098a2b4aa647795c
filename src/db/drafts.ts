import type { EntryDraft } from '@/domain/journal'
import { database } from './connection'
import { decodeDraft, encodeDraft } from './journalCodec'

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
