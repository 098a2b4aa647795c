import type { CocoonDatabase } from './database'

/**
 * Entry ids are handed out here, never by IndexedDB's key generator: an explicit id in one row (from
 * an old backup, say 9007199254740991) would push the generator to 2^53, after which it refuses
 * every new key, and neither clear() nor deleting the rows ever resets it.
 */
export const LARGEST_ORDINARY_ID = 2 ** 40

/** The id after the largest one stored. Call inside a read-write transaction on the journal. */
export async function nextEntryId(db: CocoonDatabase): Promise<number> {
  const last = await db.journal.orderBy(':id').lastKey()
  return (typeof last === 'number' ? last : 0) + 1
}

/**
 * A device that restored such a backup before this check existed: its rows get fresh ids 1…n in the
 * order they had, and drafts of edits follow their entry, all in one transaction. Run at open.
 */
export async function repairEntryIds(db: CocoonDatabase): Promise<boolean> {
  const last = await db.journal.orderBy(':id').lastKey()
  if (typeof last !== 'number' || last < LARGEST_ORDINARY_ID) return false
  await db.transaction('rw', db.journal, db.drafts, async () => {
    const rows = await db.journal.orderBy(':id').toArray()
    const renumbered = new Map(rows.map((row, index) => [row.id!, index + 1]))
    const drafts = await db.drafts.toArray()
    await db.journal.clear()
    await db.journal.bulkPut(rows.map((row, index) => ({ ...row, id: index + 1 })))
    for (const draft of drafts) {
      const match = /^journal:edit:(\d+)$/.exec(draft.key)
      const id = match && renumbered.get(Number(match[1]))
      if (!id || id === Number(match![1])) continue
      await db.drafts.delete(draft.key)
      await db.drafts.put({ ...draft, key: `journal:edit:${id}` })
    }
  })
  return true
}
