import { describe, expect, it } from 'vitest'
import type { JournalEntry } from '@/domain/journal'
import { entryMatcher, foldForSearch, isFiltering, noFilter } from '@/domain/journalSearch'
import { groupByBabyDay } from '@/domain/journalGroups'
import { DAY_MS } from '@/domain/time'
import { makeEntry } from '../../support/entries'

const entry = (changes: Partial<JournalEntry>): JournalEntry => makeEntry({ at: 0, ...changes })

describe('entryMatcher', () => {
  it('matches everything without a filter', () => {
    expect(isFiltering(noFilter)).toBe(false)
    expect(entryMatcher(noFilter)(entry({}))).toBe(true)
  })

  it('finds every word in any order, ignoring case and accents', () => {
    const matches = entryMatcher({ ...noFilter, text: 'TROTT  natt' })
    expect(matches(entry({ text: 'En lång natt, så trött.' }))).toBe(true)
    expect(matches(entry({ text: 'Så trött i dag.' }))).toBe(false)
    expect(foldForSearch('Café Ångest')).toBe('cafe angest')
  })

  it('keeps entries with one of the chosen moods', () => {
    const matches = entryMatcher({ ...noFilter, moods: [1, 2] })
    expect(matches(entry({ mood: 2 }))).toBe(true)
    expect(matches(entry({ mood: 3 }))).toBe(false)
  })

  it('keeps entries with every chosen feeling', () => {
    const matches = entryMatcher({ ...noFilter, feelings: ['tearful', 'lonely'] })
    expect(matches(entry({ feelings: ['lonely', 'tearful', 'exhausted'] }))).toBe(true)
    expect(matches(entry({ feelings: ['tearful'] }))).toBe(false)
  })

  it('treats markup and template syntax in a search as plain words', () => {
    const matches = entryMatcher({ ...noFilter, text: '{{ 1+1 }}' })
    expect(matches(entry({ text: 'literally {{ 1+1 }} here' }))).toBe(true)
    expect(matches(entry({ text: '2' }))).toBe(false)
  })
})

describe('groupByBabyDay', () => {
  const birthAt = Date.UTC(2026, 2, 1, 22, 0)
  const localDate = (at: number) => new Date(at).toISOString().slice(0, 10)

  it('groups newest-first entries by the baby age, with earlier entries under before the birth', () => {
    const entries = [
      birthAt + 3 * DAY_MS + 5,
      birthAt + 3 * DAY_MS,
      birthAt + 2,
      birthAt - 1,
      birthAt - 5 * DAY_MS,
    ].map((at) => ({ at }))
    const groups = groupByBabyDay(entries, birthAt, localDate)
    expect(groups.map((group) => [group.group, group.entries.length])).toEqual([
      [{ kind: 'day', day: 3 }, 2],
      [{ kind: 'day', day: 0 }, 1],
      [{ kind: 'beforeBirth' }, 2],
    ])
  })

  it('groups by calendar date while no birth time is known', () => {
    const groups = groupByBabyDay(
      [{ at: Date.UTC(2026, 2, 2, 10) }, { at: Date.UTC(2026, 2, 2, 1) }, { at: Date.UTC(2026, 2, 1, 23) }],
      null,
      localDate,
    )
    expect(groups.map((group) => group.group)).toEqual([
      { kind: 'date', date: '2026-03-02' },
      { kind: 'date', date: '2026-03-01' },
    ])
  })
})
