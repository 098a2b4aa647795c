import { describe, expect, it } from 'vitest'
import NoticingCard from '@/components/NoticingCard.vue'
import { emptyProfile } from '@/domain/profile'
import { useProfileStore } from '@/stores/profile'
import { mountWithApp } from './mountWithApp'

async function mountCard(notice: 'urgent' | 'lastingLow', country: 'SE' | 'UK' | 'other') {
  const mounted = await mountWithApp(NoticingCard, { props: { notice } })
  useProfileStore().profile = { ...emptyProfile(country), birthAt: 0 }
  await mounted.wrapper.vm.$nextTick()
  return mounted.wrapper
}

const telLinks = (wrapper: Awaited<ReturnType<typeof mountCard>>) =>
  wrapper.findAll('a[href^="tel:"]').map((link) => link.attributes('href'))

describe('NoticingCard', () => {
  it('calls lasting low mood common and treatable and offers the country lines, not the emergency number', async () => {
    const wrapper = await mountCard('lastingLow', 'SE')
    expect(wrapper.text()).toContain('common after having a baby, and it is treatable')
    expect(wrapper.text()).toContain('short questionnaire')
    expect(telLinks(wrapper)).toEqual(['tel:1177', 'tel:90101'])
    expect(wrapper.find('a[href="/help"]').text()).toBe('More ways to get help')
  })

  it('asks to call now when there are thoughts of harm, with the emergency number first', async () => {
    const wrapper = await mountCard('urgent', 'UK')
    expect(wrapper.find('h2').text()).toBe('Please talk to someone today')
    expect(wrapper.text()).toContain('call 999 now')
    expect(telLinks(wrapper)).toEqual(['tel:999', 'tel:111', 'tel:116123'])
  })

  it('still points to the help page where no national line is known', async () => {
    const wrapper = await mountCard('lastingLow', 'other')
    expect(telLinks(wrapper)).toEqual([])
    expect(wrapper.find('a[href="/help"]').exists()).toBe(true)
  })
})
