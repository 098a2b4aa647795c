import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import PartnerView from '@/views/PartnerView.vue'
import { MINUTE_MS } from '@/domain/time'
import { emptyProfile, type Profile } from '@/domain/profile'
import { useProfileStore } from '@/stores/profile'
import { mountWithApp } from './mountWithApp'

const now = new Date('2026-03-04T10:00:00Z')
const justBorn = (neonatalCare: boolean): Profile => ({
  ...emptyProfile('SE'),
  birthAt: now.getTime() - 30 * MINUTE_MS,
  ...(neonatalCare ? { neonatalCare } : {}),
})

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
