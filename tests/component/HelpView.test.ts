import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import HelpView from '@/views/HelpView.vue'
import { emptyProfile, type Country } from '@/domain/profile'
import { useProfileStore } from '@/stores/profile'
import { mountWithApp } from './mountWithApp'

const birthAt = Date.parse('2026-03-01T03:20:00Z')

// Three days after the birth, whatever today is: which signs apply depends on the baby's age.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(birthAt + 3 * 24 * 60 * 60 * 1000)
})
afterEach(() => vi.useRealTimers())

async function mountFor(country: Country | null, locale = 'en') {
  const mounted = await mountWithApp(HelpView, {}, locale)
  if (country) {
    useProfileStore().profile = { ...emptyProfile(country), birthAt }
    await nextTick()
  }
  return mounted
}

const telLinks = (wrapper: Awaited<ReturnType<typeof mountFor>>['wrapper']) => [
  ...new Set(wrapper.findAll('a[href^="tel:"]').map((link) => link.attributes('href'))),
]

describe('HelpView', () => {
  it('puts the emergency number first, big, as a tel: link', async () => {
    const { wrapper } = await mountFor('UK')
    const first = wrapper.find('a[href^="tel:"]')
    expect(first.attributes('href')).toBe('tel:999')
    expect(first.classes()).toContain('help-line--prominent')
    expect(first.text()).toContain('Call 999')
  })

  it.each([
    ['SE', ['tel:112', 'tel:1177', 'tel:90101']],
    ['NL', ['tel:112', 'tel:113', 'tel:08000113']],
    ['UK', ['tel:999', 'tel:111', 'tel:116123']],
    ['other', ['tel:112']],
  ] as const)('shows the numbers for %s and no others', async (country, numbers) => {
    const { wrapper } = await mountFor(country)
    expect(telLinks(wrapper).sort()).toEqual([...numbers].sort())
  })

  it('names the Dutch midwife and huisartsenpost instead of inventing a number', async () => {
    const { wrapper } = await mountFor('NL')
    expect(wrapper.text()).toContain('Your own midwife (verloskundige)')
    expect(wrapper.text()).toContain('huisartsenpost')
  })

  it('guesses the country from the browser before the first run', async () => {
    const { wrapper } = await mountFor(null)
    expect((wrapper.find('[data-testid="help-country"] input:checked').element as HTMLInputElement).value).toBe('other')
    expect(wrapper.find('a[href^="tel:"]').attributes('href')).toBe('tel:112')
  })

  it('switches the numbers on this page without changing the saved country', async () => {
    const { wrapper } = await mountFor('SE')
    await wrapper.find('[data-testid="help-country"] input[value="UK"]').setValue(true)
    expect(wrapper.find('a[href^="tel:"]').attributes('href')).toBe('tel:999')
    expect(useProfileStore().profile?.country).toBe('SE')
  })

  it('lists the warning signs for the baby and the mother with their urgency', async () => {
    const { wrapper } = await mountFor('SE')
    const headings = wrapper.findAll('h2').map((heading) => heading.text())
    expect(headings).toEqual(expect.arrayContaining(['Warning signs in the baby', 'Warning signs in the mother']))
    const rash = wrapper.find('[aria-labelledby="red-flag-babyRash"]')
    expect(rash.text()).toContain('Emergency: call now')
    expect(rash.find('a[href="tel:112"]').exists()).toBe(true)
    const mastitis = wrapper.find('[aria-labelledby="red-flag-mastitis"]')
    expect(mastitis.text()).toContain('Urgent: get help as soon as possible, today at the latest')
    expect(mastitis.find('a[href="tel:1177"]').exists()).toBe(true)
    expect(mastitis.text()).toContain('Sources: S24')
  })

  it("shows each country's own rules only in that country", async () => {
    const nl = (await mountFor('NL')).wrapper
    expect(nl.find('[aria-labelledby="red-flag-babyTemperature"]').exists()).toBe(true)
    expect(nl.find('[aria-labelledby="red-flag-heavyBleeding"]').text()).toContain('within 30 minutes')
    expect(nl.text()).not.toContain('under 8 weeks')
    const uk = (await mountFor('UK')).wrapper
    expect(uk.find('[aria-labelledby="red-flag-babyTemperature"]').exists()).toBe(false)
    expect(uk.find('[aria-labelledby="red-flag-heavyBleeding"]').text()).toContain('50p')
    expect(uk.text()).toContain('If your baby is under 8 weeks old and you are very worried, call 999.')
    expect(uk.find('[aria-labelledby="red-flag-mastitis"]').text()).toContain('GP')
    const se = (await mountFor('SE')).wrapper
    expect(se.find('[aria-labelledby="red-flag-babyTemperature"]').exists()).toBe(false)
    expect(se.text()).not.toContain('under 8 weeks')
    expect(se.find('[aria-labelledby="red-flag-mastitis"]').text()).toContain('amningsmottagning')
  })

  it('routes possible psychosis to same-day medical help and the emergency number, not a suicide line', async () => {
    const { wrapper } = await mountFor('UK')
    const psychosis = wrapper.find('[aria-labelledby="red-flag-psychosis"]')
    expect(psychosis.find('a[href="tel:111"]').exists()).toBe(true)
    expect(psychosis.find('a[href="tel:999"]').exists()).toBe(true)
    expect(psychosis.find('a[href="tel:116123"]').exists()).toBe(false)
    expect(psychosis.text()).toContain('Partner or family')
  })

  it('offers a crisis line and the emergency number with thoughts of harm', async () => {
    const { wrapper } = await mountFor('UK')
    const harm = wrapper.find('[aria-labelledby="red-flag-harmThoughts"]')
    expect(harm.find('a[href="tel:116123"]').exists()).toBe(true)
    expect(harm.text()).toContain('If anyone is in danger right now, call 999.')
  })

  it('speaks Swedish and Dutch', async () => {
    const swedish = await mountFor('SE', 'sv')
    expect(swedish.wrapper.find('h1').text()).toBe('Få hjälp nu')
    expect(swedish.wrapper.find('a[href="tel:112"]').text()).toContain('Ring 112')
    const dutch = await mountFor('NL', 'nl')
    expect(dutch.wrapper.find('h1').text()).toBe('Direct hulp')
    expect(dutch.wrapper.find('a[href="tel:112"]').text()).toContain('Bel 112')
  })

  it('links to the sources page', async () => {
    const { wrapper } = await mountFor('SE')
    expect(wrapper.findAll('a[href="/sources"]').length).toBeGreaterThan(0)
  })
})
