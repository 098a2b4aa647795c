import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const dir = join(__dirname, '../../locales')
const load = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>

function leaves(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>()
  if (tree !== null && typeof tree === 'object' && !Array.isArray(tree)) {
    for (const [key, value] of Object.entries(tree)) {
      for (const [path, leaf] of leaves(value, prefix ? `${prefix}.${key}` : key)) out.set(path, leaf)
    }
  } else {
    out.set(prefix, tree)
  }
  return out
}

const placeholders = (message: string) =>
  [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort()

const english = leaves(load('en.json'))
const others = readdirSync(dir).filter((file) => file.endsWith('.json') && file !== 'en.json')

describe('locales', () => {
  it('has English and at least Swedish and Dutch', () => {
    expect(others).toEqual(expect.arrayContaining(['sv.json', 'nl.json']))
  })

  it('has no empty English message', () => {
    for (const [key, message] of english) expect(message, key).toEqual(expect.stringMatching(/\S/))
  })

  describe.each(others)('%s', (file) => {
    const messages = leaves(load(file))

    it('has every key English has', () => {
      expect([...english.keys()].filter((key) => !messages.has(key))).toEqual([])
    })

    it('has no key English lacks', () => {
      expect([...messages.keys()].filter((key) => !english.has(key))).toEqual([])
    })

    it('has no empty message', () => {
      for (const [key, message] of messages) expect(message, key).toEqual(expect.stringMatching(/\S/))
    })

    it('uses the same placeholders as English', () => {
      for (const [key, message] of messages) {
        expect(placeholders(String(message)), key).toEqual(placeholders(String(english.get(key))))
      }
    })
  })

  // Language and country are chosen apart (a Dutch-speaking family in London): a help number in a
  // text that every country sees would send some families to a line that is not theirs.
  const countryKey = /\.(SE|NL|UK|other)(\.|$)|^help\.lines\./
  const helpNumber = /\b(112|999|111|1177|113|116 123)\b/
  it.each(['en.json', ...others])('names help numbers only in texts chosen by country, in %s', (file) => {
    const misplaced = [...leaves(load(file))].filter(
      ([key, message]) => !countryKey.test(key) && helpNumber.test(String(message)),
    )
    expect(misplaced).toEqual([])
  })
})
