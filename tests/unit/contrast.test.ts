import { describe, expect, it } from 'vitest'
import { contrastRatio, parseHexColor, relativeLuminance } from '../support/contrast'

describe('contrast', () => {
  it('reads short and long hex colours', () => {
    expect(parseHexColor('#fa0')).toEqual([255, 170, 0])
    expect(parseHexColor('#1C2233')).toEqual([28, 34, 51])
  })

  it('refuses anything that is not a hex colour', () => {
    expect(() => parseHexColor('rgb(0 0 0)')).toThrow()
    expect(() => parseHexColor('#12345')).toThrow()
  })

  it('gives white a luminance of 1 and black 0', () => {
    expect(relativeLuminance([255, 255, 255])).toBe(1)
    expect(relativeLuminance([0, 0, 0])).toBe(0)
  })

  it('gives 21:1 for black on white, either way round, and 1:1 for a colour on itself', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21)
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21)
    expect(contrastRatio('#777777', '#777777')).toBe(1)
  })

  it('matches the published ratio for a known pair', () => {
    // #767676 on white is the classic lightest grey that passes AA: 4.54:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
  })
})
