import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import PartnerView from '@/views/PartnerView.vue'
import { DAY_MS, HOUR_MS, MINUTE_MS } from '@/domain/time'
import { emptyProfile, type Profile } from '@/domain/profile'
import { useProfileStore } from '@/stores/profile'
import { mountWithApp } from './mountWithApp'

const now = new Date('2026-03-04T10:00:00Z')

async function mountWith(profile: Profile, locale = 'en') {
  vi.useFakeTimers({ now, toFake: ['Date'] })
  const mounted = await mountWithApp(PartnerView, {}, locale)
  useProfileStore().profile = profile
  await nextTick()
  return mounted
}

afterEach(() => {
  vi.useRealTimers()
})

describe('PartnerView', () => {
  it('shows the milk and third-day dip stage on day 3, with what to do and what to watch for', async () => {
    const { wrapper } = await mountWith({ ...emptyProfile('NL'), birthAt: now.getTime() - 3 * DAY_MS })
    expect(wrapper.find('#partner-stage-title').text()).toBe('Days 2 to 5: the milk and the third-day dip')
    expect(wrapper.text()).toContain('baby blues')
    expect(wrapper.text()).toContain('Listen more than you advise.')
    expect(wrapper.text()).toContain('Hot, red, painful breast')
    expect(wrapper.find('a[href="tel:112"]').exists()).toBe(true)
    expect(wrapper.find('a[href="/help"]').exists()).toBe(true)
    expect(wrapper.find('#partner-next-title').exists()).toBe(true)
    expect(wrapper.text()).toContain('The first two weeks')
  })

  it('names psychosis and sepsis with their own urgency, and speaks to the partner about psychosis', async () => {
    const { wrapper } = await mountWith({ ...emptyProfile('UK'), birthAt: now.getTime() - 3 * DAY_MS })
    const emergency = wrapper.find('[data-urgency="emergency"]')
    expect(emergency.find('[data-flag="sepsis"]').exists()).toBe(true)
    expect(emergency.find('a[href="tel:999"]').exists()).toBe(true)
    const sameDay = wrapper.find('[data-urgency="sameDay"]')
    expect(sameDay.find('[data-flag="psychosis"]').text()).toContain('Partner or family')
    expect(sameDay.find('[data-flag="psychosis"]').text()).toContain('111')
    expect(sameDay.find('a[href^="tel:"]').exists()).toBe(false)
  })

  it('puts no emergency button beside ordinary low mood', async () => {
    const { wrapper } = await mountWith({ ...emptyProfile('SE'), birthAt: now.getTime() - 40 * DAY_MS })
    expect(wrapper.find('[data-urgency="contact"] [data-flag="lowMood"]').exists()).toBe(true)
    expect(wrapper.find('a[href="tel:112"]').exists()).toBe(false)
  })

  it('shows the first hours just after the birth, with skin-to-skin for the partner', async () => {
    const { wrapper } = await mountWith({ ...emptyProfile('UK'), birthAt: now.getTime() - HOUR_MS })
    expect(wrapper.find('#partner-stage-title').text()).toBe('The first hours')
    expect(wrapper.text()).toContain('You can do skin-to-skin too')
    expect(wrapper.find('a[href="tel:999"]').exists()).toBe(true)
  })

  it('prepares before the birth when only a due date is known', async () => {
    const { wrapper } = await mountWith({ ...emptyProfile('SE'), dueDate: '2026-04-01' })
    expect(wrapper.find('#partner-stage-title').text()).toBe('Before the birth')
    expect(wrapper.text()).toContain('When the baby is here')
  })

  it('names the six-week check as the country names it, in the chosen language', async () => {
    const { wrapper } = await mountWith({ ...emptyProfile('SE'), birthAt: now.getTime() - 40 * DAY_MS }, 'sv')
    expect(wrapper.find('#partner-stage-title').text()).toBe('Runt efterkontrollen')
    expect(wrapper.text()).toContain('barnmorskemottagningen')
    const dutch = await mountWith({ ...emptyProfile('NL'), birthAt: now.getTime() - 40 * DAY_MS }, 'nl')
    expect(dutch.wrapper.text()).toContain('nacontrole bij de verloskundige')
  })
})

const justBorn = (neonatalCare: boolean): Profile => ({
  ...emptyProfile('SE'),
  birthAt: now.getTime() - 30 * MINUTE_MS,
  ...(neonatalCare ? { neonatalCare } : {}),
})

describe('PartnerView with the baby in neonatal care', () => {
  it('gives the partner kangaroo care and help with expressing in the first hours, not the watch over skin to skin', async () => {
    const { wrapper } = await mountWith(justBorn(true))
    expect(wrapper.find('#partner-stage-title').text()).toBe('The first hours, with the baby in the neonatal unit')
    expect(wrapper.text()).toContain('kangaroo care')
    expect(wrapper.text()).toContain('expressing within the first two hours')
    expect(wrapper.text()).not.toContain("keep the baby's face in view")
    expect(wrapper.text()).toContain('S120, S121')
  })

  it('keeps the first hours as they were for every other family', async () => {
    const { wrapper } = await mountWith(justBorn(false))
    expect(wrapper.find('#partner-stage-title').text()).toBe('The first hours')
  })

  it('speaks Swedish in the unit', async () => {
    const { wrapper } = await mountWith(justBorn(true), 'sv')
    expect(wrapper.find('#partner-stage-title').text()).toBe('De första timmarna, med barnet på neonatalavdelningen')
    expect(wrapper.text()).toContain('känguruvård')
  })
})
