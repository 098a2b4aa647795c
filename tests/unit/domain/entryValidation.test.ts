import { describe, expect, it } from 'vitest'
import { isDraftEmpty, validateDraft } from '@/domain/entryValidation'
import { MAX_TEXT_LENGTH, emptyDraft, type EntryDraft } from '@/domain/journal'

const now = Date.UTC(2026, 3, 10, 3, 0)
const draft = (changes: Partial<EntryDraft>): EntryDraft => ({ ...emptyDraft(), ...changes })

describe('validateDraft', () => {
  it('refuses an empty entry', () => {
    expect(isDraftEmpty(emptyDraft())).toBe(true)
    expect(validateDraft(draft({ text: '  \n ' }), now)).toEqual({ ok: false, error: 'empty' })
  })

  it('asks for a mood when something else was filled in', () => {
    expect(validateDraft(draft({ text: 'tired' }), now)).toEqual({ ok: false, error: 'moodMissing' })
    expect(validateDraft(draft({ harmThoughts: true }), now)).toEqual({ ok: false, error: 'moodMissing' })
  })

  it('saves a mood alone, at the moment of saving', () => {
    expect(validateDraft(draft({ mood: 3 }), now)).toEqual({
      ok: true,
      value: { at: now, mood: 3, feelings: [], helped: [], sleepHours: null, text: '' },
    })
  })

  it('keeps the text as written apart from surrounding blank space', () => {
    const result = validateDraft(draft({ mood: 2, text: '  <b>not bold</b>\n  line two \n', harmThoughts: true }), now)
    expect(result).toMatchObject({ ok: true, value: { text: '<b>not bold</b>\n  line two', harmThoughts: true } })
  })

  it('accepts text up to the limit and refuses one character more', () => {
    expect(validateDraft(draft({ mood: 4, text: 'a'.repeat(MAX_TEXT_LENGTH) }), now).ok).toBe(true)
    expect(validateDraft(draft({ mood: 4, text: 'a'.repeat(MAX_TEXT_LENGTH + 1) }), now)).toEqual({
      ok: false,
      error: 'tooLong',
    })
  })

  it('accepts 0 to 24 hours of sleep', () => {
    expect(validateDraft(draft({ mood: 4, sleepHours: 0 }), now).ok).toBe(true)
    expect(validateDraft(draft({ mood: 4, sleepHours: 24 }), now).ok).toBe(true)
    expect(validateDraft(draft({ mood: 4, sleepHours: 24.5 }), now)).toEqual({ ok: false, error: 'sleepRange' })
    expect(validateDraft(draft({ mood: 4, sleepHours: -1 }), now)).toEqual({ ok: false, error: 'sleepRange' })
    expect(validateDraft(draft({ mood: 4, sleepHours: Number.NaN }), now)).toEqual({ ok: false, error: 'sleepRange' })
  })

  it('takes an earlier time but refuses one in the future beyond clock drift', () => {
    expect(validateDraft(draft({ mood: 4, at: now - 3600_000 }), now)).toMatchObject({
      ok: true,
      value: { at: now - 3600_000 },
    })
    expect(validateDraft(draft({ mood: 4, at: now + 60_000 }), now)).toMatchObject({ ok: true, value: { at: now } })
    expect(validateDraft(draft({ mood: 4, at: now + 3 * 60_000 }), now)).toEqual({ ok: false, error: 'timeFuture' })
    expect(validateDraft(draft({ mood: 4, at: Number.NaN }), now)).toEqual({ ok: false, error: 'timeInvalid' })
  })
})
