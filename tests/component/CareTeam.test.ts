import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import CareTeamSection from '@/components/CareTeamSection.vue'
import MomentCard from '@/components/MomentCard.vue'
import HelpView from '@/views/HelpView.vue'
import { loadSettings } from '@/db/settings'
import { moments } from '@/domain/moments'
import { emptyProfile, type Country } from '@/domain/profile'
import { useProfileStore } from '@/stores/profile'
import { useSettingsStore } from '@/stores/settings'
import { mountWithApp } from './mountWithApp'

const birthAt = Date.parse('2026-03-01T03:20:00Z')

// Three days after the birth, whatever today is: which cards and signs apply depends on the baby's age.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(birthAt + 3 * 24 * 60 * 60 * 1000)
})
afterEach(() => vi.useRealTimers())

function setCountry(country: Country): void {
  useProfileStore().profile = { ...emptyProfile(country), birthAt }
}

describe('My care team', () => {
  it('offers the Dutch kinds and saves a verloskundige, tap to call', async () => {
    const { wrapper } = await mountWithApp(CareTeamSection)
    setCountry('NL')
    await nextTick()
    const options = wrapper
      .findAll('[data-testid="care-team-kind"] input[type="radio"]')
      .map((option) => (option.element as HTMLInputElement).value)
    expect(options).toEqual(['verloskundige', 'kraamzorg', 'huisartsenpost', 'gp', 'other'])
    await wrapper.find('#care-team-label').setValue('De Wieg')
    await wrapper.find('#care-team-number').setValue('020 123 4567')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('a[href="tel:0201234567"]').exists()).toBe(true), { timeout: 10_000 })
    expect(wrapper.find('a[href="tel:0201234567"]').text()).toContain('De Wieg')
    expect((await loadSettings()).careTeam).toEqual([
      { kind: 'verloskundige', label: 'De Wieg', number: '020 123 4567' },
    ])
  })

  it('refuses what is not a phone number and says why', async () => {
    const { wrapper } = await mountWithApp(CareTeamSection)
    setCountry('SE')
    await nextTick()
    await wrapper.find('#care-team-number').setValue('ring BVC')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('#care-team-error').exists()).toBe(true))
    expect(wrapper.find('#care-team-number').attributes('aria-invalid')).toBe('true')
    expect(useSettingsStore().settings.careTeam).toEqual([])
  })

  it('shows the saved numbers on Help straight after the emergency number', async () => {
    const { wrapper } = await mountWithApp(HelpView)
    setCountry('NL')
    useSettingsStore().settings.careTeam = [{ kind: 'kraamzorg', label: '', number: '0800 123 4567' }]
    await nextTick()
    const tels = wrapper.findAll('a[href^="tel:"]').map((link) => link.attributes('href'))
    expect(tels.slice(0, 2)).toEqual(['tel:112', 'tel:08001234567'])
    expect(wrapper.find('a[href="tel:08001234567"]').text()).toContain('Kraamzorg')
  })

  it('invites to save a number on Help when none is saved', async () => {
    const { wrapper } = await mountWithApp(HelpView)
    setCountry('NL')
    await nextTick()
    expect(wrapper.find('.care-team-calls__invite').text()).toContain('Add my care team')
  })

  it('puts the numbers on a card that says to call the midwife', async () => {
    const { wrapper } = await mountWithApp(MomentCard, {
      props: {
        item: {
          moment: moments.find((moment) => moment.id === 'bleedingWeeks')!,
          startsAt: birthAt,
          endsAt: birthAt + 1,
        },
        country: 'NL',
      },
    })
    useSettingsStore().settings.careTeam = [{ kind: 'verloskundige', label: 'De Wieg', number: '020 123 4567' }]
    await nextTick()
    expect(wrapper.find('.moment-card__help a[href="tel:0201234567"]').exists()).toBe(true)
  })

  it('puts the numbers on a card that names who to ask, without warning signs of its own', async () => {
    const { wrapper } = await mountWithApp(MomentCard, {
      props: {
        item: {
          moment: moments.find((moment) => moment.id === 'pelvicFloor')!,
          startsAt: birthAt,
          endsAt: birthAt + 1,
        },
        country: 'NL',
      },
    })
    expect(wrapper.find('.moment-card__help').exists()).toBe(false)
    useSettingsStore().settings.careTeam = [{ kind: 'verloskundige', label: 'De Wieg', number: '020 123 4567' }]
    await nextTick()
    expect(wrapper.find('a[href="tel:0201234567"]').exists()).toBe(true)
  })
})
