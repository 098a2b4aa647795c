import { describe, expect, it } from 'vitest'
import { changeFromBirth, parseWeight } from '@/domain/weight'

describe('parseWeight', () => {
  it.each([
    ['3450', 3450],
    ['3 450 g', 3450],
    ['3450g', 3450],
    ['3.45 kg', 3450],
    ['3,45 kg', 3450],
    ['3,45', 3450],
    ['3.4', 3400],
    [' 4 kg ', 4000],
    ['2.987KG', 2987],
  ])('reads %j as %i g', (input, grams) => {
    expect(parseWeight(input)).toBe(grams)
  })

  it.each(['', 'kg', 'three kilos', '3.4.5', '-3450', '3450 lb'])('cannot read %j', (input) => {
    expect(parseWeight(input)).toBeNull()
  })
})

describe('changeFromBirth', () => {
  it('gives the change in percent with one decimal', () => {
    expect(changeFromBirth(3105, 3450)).toBe(-10)
    expect(changeFromBirth(3300, 3450)).toBe(-4.3)
    expect(changeFromBirth(3600, 3450)).toBe(4.3)
  })
})
