import { describe, expect, it } from 'vitest'
import { whatsNewAction } from '@/domain/whatsNew'

describe("what's new after an update", () => {
  it('says nothing on a first install but remembers the version', () => {
    expect(whatsNewAction(null, '0.2.0')).toBe('remember')
  })

  it('shows the line once the version changed', () => {
    expect(whatsNewAction('0.1.0', '0.2.0')).toBe('show')
  })

  it('stays quiet when the version is the one already seen', () => {
    expect(whatsNewAction('0.2.0', '0.2.0')).toBe('nothing')
  })
})
