import { describe, expect, it } from 'vitest'
import en from '../../../locales/en.json'
import {
  firstRunNamespaces,
  localePart,
  localePartNames,
  pageNamespaces,
  shellNamespaces,
} from '../../../build/localeParts'

describe('locale parts', () => {
  it("splits a language into the shell, the first-run page's words, Today's and the other pages', which together are the whole", () => {
    const parts = localePartNames.map((part) => localePart(en, part))
    const [shell, content, home, pages] = parts
    expect(Object.keys(shell!).sort()).toEqual([...shellNamespaces].sort())
    expect(Object.keys(content!).sort()).toEqual([...firstRunNamespaces].sort())
    expect(Object.keys(pages!).sort()).toEqual([...pageNamespaces].sort())
    // Today's words are the bulk of the language: moments, red flags, the log, …
    expect(home).toHaveProperty('moments')
    expect(home).toHaveProperty('redFlags')
    // No namespace in two parts, none in no part.
    const namespaces = parts.flatMap((part) => Object.keys(part))
    expect(namespaces).toHaveLength(new Set(namespaces).size)
    expect(namespaces.sort()).toEqual(Object.keys(en).sort())
    expect(Object.assign({}, ...parts)).toEqual(en)
  })

  it('names only namespaces the real locale file has', () => {
    for (const namespace of [...shellNamespaces, ...firstRunNamespaces, ...pageNamespaces])
      expect(en, namespace).toHaveProperty(namespace)
  })
})
