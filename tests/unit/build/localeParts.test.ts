import { describe, expect, it } from 'vitest'
import en from '../../../locales/en.json'
import { localePart, pageNamespaces, shellNamespaces } from '../../../build/localeParts'

describe('locale parts', () => {
  it("splits a language into the shell, the first screens' words and the other pages', which together are the whole", () => {
    const shell = localePart(en, 'shell')
    const content = localePart(en, 'content')
    const pages = localePart(en, 'pages')
    expect(Object.keys(shell).sort()).toEqual([...shellNamespaces].sort())
    expect(Object.keys(pages).sort()).toEqual([...pageNamespaces].sort())
    expect(Object.keys(content).some((namespace) => [...shellNamespaces, ...pageNamespaces].includes(namespace))).toBe(
      false,
    )
    expect({ ...shell, ...content, ...pages }).toEqual(en)
  })

  it('names only namespaces the real locale file has', () => {
    for (const namespace of [...shellNamespaces, ...pageNamespaces]) expect(en, namespace).toHaveProperty(namespace)
  })
})
