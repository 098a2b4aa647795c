import { describe, expect, it } from 'vitest'
import {
  ALL_BABIES,
  BABY_NAME_MAX_LENGTH,
  babiesFor,
  babyColours,
  babyLabel,
  freeColour,
  isBabyColour,
  normaliseBabyName,
  tandemContents,
} from '@/domain/babies'
import type { Baby, LogContent } from '@/domain/babyLog'

const baby = (id: string, extra: Partial<Baby> = {}): Baby => ({
  id,
  name: null,
  colour: null,
  birthWeightGrams: null,
  createdAt: `000000000000001:000000:${id}`,
  updatedAt: `000000000000001:000000:${id}`,
  deleted: false,
  ...extra,
})
const twins = [baby('a'), baby('b')]
const T = Date.UTC(2026, 2, 4, 8, 0)

describe('babies of one birth', () => {
  it('call a baby by its name, or by a letter in the order they were added', () => {
    const babies = [baby('a', { name: 'Ella' }), baby('b'), baby('c')]
    expect(babyLabel(babies, 'a')).toEqual({ name: 'Ella' })
    expect(babyLabel(babies, 'b')).toEqual({ letter: 'B' })
    expect(babyLabel(babies, 'c')).toEqual({ letter: 'C' })
  })

  it('takes a name as typed, trimmed, with runs of spaces made one, and none when empty', () => {
    expect(normaliseBabyName('  Ella   Maj ')).toBe('Ella Maj')
    expect(normaliseBabyName('   ')).toBeNull()
    expect(normaliseBabyName('x'.repeat(100))).toHaveLength(BABY_NAME_MAX_LENGTH)
  })

  it('gives a new baby the first colour no other has, and knows only the palette', () => {
    expect(freeColour([])).toBe('orange')
    expect(freeColour([{ colour: 'orange' }, { colour: 'green' }])).toBe('sky')
    expect(freeColour(babyColours.map((colour) => ({ colour })))).toBe('orange')
    expect(isBabyColour('sky')).toBe(true)
    expect(isBabyColour('#ff0000')).toBe(false)
    expect(isBabyColour(null)).toBe(false)
  })

  it('resolves a choice: one baby, all of them for a feed only, and a removed baby falls back', () => {
    expect(babiesFor('b', twins, 'nappy')).toEqual(['b'])
    expect(babiesFor(ALL_BABIES, twins, 'breastfeed')).toEqual(['a', 'b'])
    expect(babiesFor(ALL_BABIES, twins, 'bottle')).toEqual(['a', 'b'])
    expect(babiesFor(ALL_BABIES, twins, 'nappy', 'b')).toEqual(['b'])
    expect(babiesFor('gone', twins, 'nappy', 'b')).toEqual(['b'])
    expect(babiesFor(null, twins, 'sleep')).toEqual(['a'])
    expect(babiesFor(ALL_BABIES, [baby('a')], 'breastfeed')).toEqual(['a'])
    expect(babiesFor('a', [], 'nappy')).toEqual([])
  })

  it('makes a tandem feed one entry per baby with the same times, at alternate breasts', () => {
    const feed: LogContent = {
      at: T,
      note: '',
      kind: 'breastfeed',
      segments: [
        { side: 'left', start: T, end: T + 600_000 },
        { side: 'right', start: T + 600_000, end: null },
      ],
      paused: false,
    }
    const [first, second, third] = tandemContents(feed, 3)
    expect(first).toEqual(feed)
    expect(second).toMatchObject({
      at: T,
      segments: [
        { side: 'right', start: T, end: T + 600_000 },
        { side: 'left', start: T + 600_000, end: null },
      ],
    })
    expect(third).toEqual(feed)
    const bottle: LogContent = { at: T, note: 'together', kind: 'bottle', milk: 'formula', ml: 60 }
    expect(tandemContents(bottle, 2)).toEqual([bottle, bottle])
  })
})
