import { describe, expect, it } from 'vitest'
import SourcesView from '@/views/SourcesView.vue'
import { sourceIds, sources } from '@/domain/sources'
import { mountWithApp } from './mountWithApp'

describe('SourcesView', () => {
  it('lists every source with its id and citation', async () => {
    const { wrapper } = await mountWithApp(SourcesView)
    const items = wrapper.findAll('li')
    expect(items.map((item) => item.attributes('id'))).toEqual(sourceIds)
    expect(items[0]!.text()).toContain(sources.S1)
    expect(items.at(-1)!.text()).toContain(sources[sourceIds.at(-1)!])
    expect(items.find((item) => item.attributes('id') === 'S54')!.text()).toContain(sources.S54)
    expect(items.find((item) => item.attributes('id') === 'S104')!.text()).toContain('ABM Protocol #36')
  })

  it('explains the sources in the chosen language and keeps the citations as written', async () => {
    const { wrapper } = await mountWithApp(SourcesView, {}, 'nl')
    expect(wrapper.find('h1').text()).toBe('Bronnen')
    expect(wrapper.text()).toContain('in eigen woorden')
    expect(wrapper.text()).not.toContain('weggelaten')
    expect(wrapper.text()).toContain('Moore et al., Cochrane CD003519 (2016 and 2025)')
  })
})
