import { describe, expect, it } from 'vitest'
import { ageLineAt, readTodaySnapshot, type TodaySnapshot } from '@/domain/todaySnapshot'
import { DAY_MS, HOUR_MS, MINUTE_MS, WEEK_MS } from '@/domain/time'

const birthAt = Date.parse('2026-03-01T03:20:00Z')
const visit = { chosenLocale: null, browserLanguages: 'en-GB,en' }
const snapshot: TodaySnapshot = {
  birthAt,
  ...visit,
  headerHeight: 61,
  texts: {
    title: 'Today',
    ageLine: 'Your baby is {age} old.',
    justBorn: 'less than a minute',
    pair: '{first} {second}',
    minutes: ['{n} minute', '{n} minutes'],
    hours: ['{n} hour', '{n} hours'],
    days: ['{n} day', '{n} days'],
    weeks: ['{n} week', '{n} weeks'],
  },
}
const stored = JSON.stringify(snapshot)

describe('the Today snapshot', () => {
  it('words the age for each stage as Today does', () => {
    expect(ageLineAt(snapshot, birthAt + 30_000)).toBe('Your baby is less than a minute old.')
    expect(ageLineAt(snapshot, birthAt + MINUTE_MS)).toBe('Your baby is 1 minute old.')
    expect(ageLineAt(snapshot, birthAt + HOUR_MS)).toBe('Your baby is 1 hour old.')
    expect(ageLineAt(snapshot, birthAt + 2 * HOUR_MS + 5 * MINUTE_MS)).toBe('Your baby is 2 hours 5 minutes old.')
    expect(ageLineAt(snapshot, birthAt + 3 * DAY_MS)).toBe('Your baby is 3 days old.')
    expect(ageLineAt(snapshot, birthAt + 3 * WEEK_MS)).toBe('Your baby is 3 weeks old.')
    expect(ageLineAt(snapshot, birthAt + 2 * WEEK_MS + DAY_MS)).toBe('Your baby is 2 weeks 1 day old.')
  })

  it('is read back when the visit matches the language it was written in', () => {
    expect(readTodaySnapshot(stored, visit)).toEqual(snapshot)
  })

  it('is void once the language choice or the browser languages change', () => {
    expect(readTodaySnapshot(stored, { ...visit, chosenLocale: 'sv' })).toBeNull()
    expect(readTodaySnapshot(stored, { ...visit, browserLanguages: 'nl-NL' })).toBeNull()
  })

  it('refuses what is missing, damaged or out of shape instead of painting it', () => {
    const broken = (change: (copy: Record<string, unknown>) => void) => {
      const copy = structuredClone(snapshot) as unknown as Record<string, unknown>
      change(copy)
      return JSON.stringify(copy)
    }
    expect(readTodaySnapshot(null, visit)).toBeNull()
    expect(readTodaySnapshot('{"birthAt":', visit)).toBeNull()
    expect(readTodaySnapshot('[]', visit)).toBeNull()
    expect(
      readTodaySnapshot(
        broken((copy) => (copy.birthAt = '2026-03-01')),
        visit,
      ),
    ).toBeNull()
    expect(
      readTodaySnapshot(
        broken((copy) => (copy.headerHeight = -1)),
        visit,
      ),
    ).toBeNull()
    expect(
      readTodaySnapshot(
        broken((copy) => ((copy.texts as Record<string, unknown>).days = ['x'])),
        visit,
      ),
    ).toBeNull()
    expect(
      readTodaySnapshot(
        broken((copy) => ((copy.texts as Record<string, unknown>).title = 'x'.repeat(301))),
        visit,
      ),
    ).toBeNull()
    expect(
      readTodaySnapshot(
        broken((copy) => delete (copy.texts as Record<string, unknown>).ageLine),
        visit,
      ),
    ).toBeNull()
  })
})

describe('the Today snapshot of a premature baby', () => {
  const premature: TodaySnapshot = {
    ...snapshot,
    corrected: {
      dueAt: birthAt + 56 * DAY_MS,
      line: 'Your baby is {age} old — {corrected} corrected (born at 32 weeks).',
      beforeDueLine: 'Your baby is {age} old (born at 32 weeks). The corrected age starts at the due date, 26 April.',
    },
  }

  it('paints the corrected age as Today does, and when it starts before the due date', () => {
    expect(ageLineAt(premature, birthAt + 16 * WEEK_MS)).toBe(
      'Your baby is 16 weeks old — 8 weeks corrected (born at 32 weeks).',
    )
    expect(ageLineAt(premature, birthAt + 3 * DAY_MS)).toBe(
      'Your baby is 3 days old (born at 32 weeks). The corrected age starts at the due date, 26 April.',
    )
  })

  it('goes back to the real age alone after the second birthday', () => {
    expect(ageLineAt(premature, birthAt + 731 * DAY_MS)).toBe('Your baby is 104 weeks 3 days old.')
  })

  it('is read back from storage, and a damaged correction voids the snapshot', () => {
    expect(readTodaySnapshot(JSON.stringify(premature), visit)).toEqual(premature)
    const damaged = { ...premature, corrected: { dueAt: 'soon', line: '', beforeDueLine: '' } }
    expect(readTodaySnapshot(JSON.stringify(damaged), visit)).toBeNull()
  })
})
