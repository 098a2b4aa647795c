import type { Parsed } from './birthInput'
import { CLOCK_SKEW_MS } from './time'
import { MAX_SLEEP_HOURS, MAX_TEXT_LENGTH, MIN_SLEEP_HOURS, type EntryDraft, type JournalEntry } from './journal'

export type EntryError = 'empty' | 'moodMissing' | 'tooLong' | 'sleepRange' | 'timeInvalid' | 'timeFuture'

/** An entry ready to store: everything but the id and the bookkeeping times. */
export type EntryContent = Omit<JournalEntry, 'id' | 'createdAt' | 'updatedAt'>

export function isDraftEmpty(draft: EntryDraft): boolean {
  return (
    draft.mood === null &&
    draft.text.trim() === '' &&
    draft.feelings.length === 0 &&
    draft.helped.length === 0 &&
    draft.sleepHours === null &&
    !draft.harmThoughts
  )
}

/** Checks what the form holds; the entry takes `now` as its time unless the parent changed it. */
export function validateDraft(draft: EntryDraft, now: number): Parsed<EntryContent, EntryError> {
  if (isDraftEmpty(draft)) return { ok: false, error: 'empty' }
  if (draft.mood === null) return { ok: false, error: 'moodMissing' }
  if (draft.text.length > MAX_TEXT_LENGTH) return { ok: false, error: 'tooLong' }
  const sleep = draft.sleepHours
  if (sleep !== null && (!Number.isFinite(sleep) || sleep < MIN_SLEEP_HOURS || sleep > MAX_SLEEP_HOURS)) {
    return { ok: false, error: 'sleepRange' }
  }
  const at = draft.at ?? now
  if (!Number.isFinite(at)) return { ok: false, error: 'timeInvalid' }
  if (at > now + CLOCK_SKEW_MS) return { ok: false, error: 'timeFuture' }
  const content: EntryContent = {
    at: Math.min(at, now),
    mood: draft.mood,
    feelings: [...draft.feelings],
    helped: [...draft.helped],
    sleepHours: sleep,
    text: draft.text.trim(),
  }
  if (draft.harmThoughts) content.harmThoughts = true
  return { ok: true, value: content }
}
