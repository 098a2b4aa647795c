import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import MomentCard from '@/components/MomentCard.vue'
import RedFlagItem from '@/components/RedFlagItem.vue'
import { moments } from '@/domain/moments'
import type { Country } from '@/domain/profile'
import { redFlag } from '@/domain/redFlags'
import { mountWithApp } from './mountWithApp'

const birthAt = Date.parse('2026-03-01T03:20:00Z')

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(birthAt + 3 * 24 * 60 * 60 * 1000)
})
afterEach(() => vi.useRealTimers())

async function fullBreastsCard(country: Country, locale: string) {
  const moment = moments.find((item) => item.id === 'helpLetDown')!
  const { wrapper } = await mountWithApp(
    MomentCard,
    { props: { item: { moment, startsAt: birthAt, endsAt: birthAt + 1 }, country } },
    locale,
  )
  return wrapper
}

// The Dutch JGZ guideline differs from the 2022 protocol; only Dutch families are told, and shown its source.
describe('the Dutch mastitis guideline in the Netherlands only', () => {
  it.each(['en', 'sv', 'nl'])('shows it on the full-breasts card and its sources for NL, in %s', async (locale) => {
    const nl = await fullBreastsCard('NL', locale)
    expect(nl.text()).toContain('JGZ')
    expect(nl.find('.moment-sources summary').text()).toContain('S61')
    for (const country of ['SE', 'UK', 'other'] as const) {
      const other = await fullBreastsCard(country, locale)
      expect(other.text(), country).not.toContain('JGZ')
      expect(other.find('.moment-sources summary').text(), country).not.toContain('S61')
    }
  })

  it.each(['en', 'sv', 'nl'])('shows it with the mastitis sign on Help for NL only, in %s', async (locale) => {
    for (const country of ['SE', 'NL', 'UK', 'other'] as const) {
      const { wrapper } = await mountWithApp(RedFlagItem, { props: { flag: redFlag('mastitis'), country } }, locale)
      const expected = country === 'NL'
      expect(wrapper.text().includes('JGZ'), country).toBe(expected)
      expect(wrapper.find('.red-flag__sources').text().includes('S61'), country).toBe(expected)
    }
  })
})
