import { describe, expect, it } from 'vitest'
import EnoughCard from '@/components/log/EnoughCard.vue'
import type { Finding } from '@/domain/feedingGuidance'
import type { Country } from '@/domain/profile'
import { mountWithApp } from './mountWithApp'

const fever: Finding = { id: 'fever', urgency: 'urgent', sources: ['S27'], values: { celsius: 38.2 } }

async function feverAdvice(locale: string, country: Country) {
  const { wrapper } = await mountWithApp(EnoughCard, { props: { card: null, findings: [fever], country } }, locale)
  return wrapper.find('[data-finding="fever"]').text()
}

// Language and country are chosen apart: a Swedish-speaking family in London calls 999, not 112.
describe('the fever finding names the emergency number of the family’s country, in any language', () => {
  it.each([
    ['sv', 'UK', 'ring 999'],
    ['nl', 'UK', 'bel dan 999'],
    ['en', 'SE', 'call 112'],
    ['nl', 'NL', 'bel dan 112'],
  ] as const)('%s in %s', async (locale, country, words) => {
    expect(await feverAdvice(locale, country)).toContain(words)
  })
})
