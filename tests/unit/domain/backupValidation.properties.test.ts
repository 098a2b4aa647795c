import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BACKUP_VERSION, buildBackup, serializeBackup, type BackupDocument } from '@/domain/backup'
import { backupErrorCodes, checkBackup, type BackupCheck } from '@/domain/backupValidation'
import { feelings, helpedOptions, MAX_TEXT_LENGTH, moodLevels, type JournalEntry } from '@/domain/journal'
import { birthModes, countries, feedingPlans } from '@/domain/profile'
import { themes } from '@/domain/settings'

const NOW = Date.UTC(2026, 10, 1)
const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: NOW })

const entry: fc.Arbitrary<JournalEntry> = fc.record(
  {
    at: instant,
    mood: fc.constantFrom(...moodLevels),
    feelings: fc.uniqueArray(fc.constantFrom(...feelings)),
    helped: fc.uniqueArray(fc.constantFrom(...helpedOptions)),
    sleepHours: fc.option(fc.double({ min: 0, max: 24, noNaN: true }), { nil: null }),
    text: fc.string({ maxLength: 300, unit: 'grapheme' }),
    harmThoughts: fc.boolean(),
    createdAt: instant,
    updatedAt: instant,
  },
  { requiredKeys: ['at', 'mood', 'feelings', 'helped', 'sleepHours', 'text', 'createdAt', 'updatedAt'] },
)

const profile = fc.option(
  fc.record({
    birthAt: fc.option(instant, { nil: null }),
    dueDate: fc.constant(null),
    country: fc.constantFrom(...countries),
    birthMode: fc.option(fc.constantFrom(...birthModes), { nil: null }),
    epidural: fc.boolean(),
    oxytocinDrip: fc.boolean(),
    feeding: fc.option(fc.constantFrom(...feedingPlans), { nil: null }),
  }),
  { nil: null },
)

const backup: fc.Arbitrary<BackupDocument> = fc
  .record({
    exportedAt: instant,
    profile,
    theme: fc.constantFrom(...themes),
    locale: fc.constantFrom(null, 'en', 'sv', 'nl', 'pt-BR'),
    journal: fc.uniqueArray(entry, {
      maxLength: 12,
      selector: ({ at, createdAt, text }) => `${at}|${createdAt}|${text}`,
    }),
  })
  .map(({ exportedAt, profile, theme, locale, journal }) =>
    buildBackup(
      {
        profile,
        settings: { theme, locale },
        lock: null,
        journal: journal.map((item, index) => ({ id: index + 1, ...item })),
      },
      exportedAt,
    ),
  )

function expectKnownRejectionOrRoundTrip(result: BackupCheck): void {
  if (!result.ok) {
    expect(backupErrorCodes).toContain(result.problem.code)
    return
  }
  expect(result.backup.version).toBe(BACKUP_VERSION)
  expect(checkBackup(serializeBackup(result.backup), NOW)).toEqual({
    ...result,
    summary: { ...result.summary, version: BACKUP_VERSION },
  })
}

/** Replaces the value at one path in a JSON tree (or adds a key there). */
function replaceAt(tree: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value
  if (typeof tree !== 'object' || tree === null) return tree
  const [head, ...rest] = path
  const copy = (Array.isArray(tree) ? [...tree] : { ...tree }) as Record<string | number, unknown>
  const key = Array.isArray(tree) ? Number(head) % Math.max(tree.length, 1) : head!
  copy[key] = replaceAt(copy[key], rest, value)
  return copy
}

describe('backup validation, property-based', () => {
  it('accepts every well-formed backup and gives back exactly what went in', () => {
    fc.assert(
      fc.property(backup, (document) => {
        const result = checkBackup(serializeBackup(document), NOW)
        expect(result).toMatchObject({ ok: true, backup: document })
        expectKnownRejectionOrRoundTrip(result)
      }),
      { numRuns: 200 },
    )
  })

  it('answers any JSON value with a known rejection or a backup that round-trips', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectKnownRejectionOrRoundTrip(checkBackup(JSON.stringify(value), NOW))),
      { numRuns: 500 },
    )
  })

  it('answers any bytes and any text without throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.uint8Array({ maxLength: 2000 }), fc.string({ maxLength: 2000, unit: 'binary' })),
        (input) => expectKnownRejectionOrRoundTrip(checkBackup(input, NOW)),
      ),
      { numRuns: 500 },
    )
  })

  it('rejects or safely accepts a backup with one value replaced anywhere by anything', () => {
    const path = fc.array(
      fc.oneof(
        fc.constantFrom(
          'format',
          'version',
          'exportedAt',
          'profile',
          'settings',
          'lock',
          'journal',
          'at',
          'mood',
          'feelings',
          'helped',
          'sleepHours',
          'text',
          'id',
          'country',
          'theme',
          '__proto__',
          'constructor',
        ),
        fc.nat(20),
      ),
      { minLength: 1, maxLength: 4 },
    )
    const value = fc.oneof(
      fc.jsonValue(),
      fc.constant(undefined),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.integer(),
      fc.double(),
    )
    fc.assert(
      fc.property(backup, path, value, (document, where, replacement) => {
        const text = JSON.stringify(replaceAt(JSON.parse(serializeBackup(document)), where, replacement))
        expectKnownRejectionOrRoundTrip(checkBackup(text ?? '', NOW))
      }),
      { numRuns: 500 },
    )
  })

  it('rejects every truncation of a valid file', () => {
    fc.assert(
      fc.property(backup, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (document, fraction) => {
        const text = serializeBackup(document)
        const result = checkBackup(text.slice(0, Math.floor(text.length * fraction)), NOW)
        expect(result.ok).toBe(false)
      }),
      { numRuns: 300 },
    )
  })

  it('never lets an entry text longer than the journal allows through', () => {
    fc.assert(
      fc.property(
        backup.filter((document) => document.journal.length > 0),
        fc.integer({ min: 1, max: 50 }),
        (document, extra) => {
          const [first, ...rest] = document.journal as JournalEntry[]
          const long = { ...document, journal: [{ ...first!, text: 'x'.repeat(MAX_TEXT_LENGTH + extra) }, ...rest] }
          expect(checkBackup(serializeBackup(long), NOW)).toMatchObject({
            ok: false,
            problem: { code: 'tooLong', path: 'journal[0].text', entry: 1 },
          })
        },
      ),
      { numRuns: 50 },
    )
  })
})
