import { describe, expect, it } from 'vitest'
import en from '../../../locales/en.json'
import { localePart, shellNamespaces } from '../../../build/localeParts'

describe('locale parts', () => {
  it('splits a language into the shell and the content, which together are the whole', () => {
    const shell = localePart(en, 'shell')
    const content = localePart(en, 'content')
    expect(Object.keys(shell).sort()).toEqual([...shellNamespaces].sort())
    expect(Object.keys(content).some((namespace) => shellNamespaces.includes(namespace))).toBe(false)
    expect({ ...shell, ...content }).toEqual(en)
  })

  it('keeps every shell namespace the app paints before a route in the real locale file', () => {
    for (const namespace of shellNamespaces) expect(en, namespace).toHaveProperty(namespace)
  })
})
