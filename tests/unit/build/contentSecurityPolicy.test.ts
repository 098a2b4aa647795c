import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, withContentSecurityPolicy } from '../../../build/contentSecurityPolicy'

describe('the content security policy', () => {
  it('allows only the app itself: no inline or evaluated script, no other origin', () => {
    const directives = new Map(
      contentSecurityPolicy.split('; ').map((directive) => directive.split(' ', 2) as [string, string]),
    )
    expect(directives.get('default-src')).toBe("'self'")
    expect(directives.get('script-src')).toBe("'self'")
    expect(directives.get('connect-src')).toBe("'self'")
    expect(directives.get('object-src')).toBe("'none'")
    expect(contentSecurityPolicy).not.toMatch(/unsafe-|https?:|\*/)
  })

  it('goes right after the charset, before anything that could load', () => {
    const html = '<head>\n    <meta charset="UTF-8" />\n    <script type="module" src="/src/main.ts"></script>'
    const out = withContentSecurityPolicy(html)
    expect(out.indexOf('Content-Security-Policy')).toBeGreaterThan(out.indexOf('charset'))
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<script'))
  })

  it('refuses a page it cannot place the policy in, rather than building one without it', () => {
    expect(() => withContentSecurityPolicy('<head><meta charset="utf-8"></head>')).toThrow(/charset/)
  })
})
