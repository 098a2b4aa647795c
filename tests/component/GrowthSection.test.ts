import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import GrowthSection from '@/components/log/growth/GrowthSection.vue'
import { addBaby, addEvent, ensureBaby, listBabies, updateBaby } from '@/db/log'
import { emptyProfile } from '@/domain/profile'
import { DAY_MS, WEEK_MS } from '@/domain/time'
import { useBabyLogStore } from '@/stores/babyLog'
import { useProfileStore } from '@/stores/profile'
import { mountWithApp } from './mountWithApp'

enableAutoUnmount(afterEach)
// Twins born at 32+0 on 10 November, now 16 weeks old: the due date, 5 January, is the birth's, shared.
const birthAt = new Date(2025, 10, 10, 4, 30).getTime()
const now = birthAt + 16 * WEEK_MS + DAY_MS / 4

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(now)
  await listBabies()
})
afterEach(() => vi.useRealTimers())

async function mountTwins() {
  const first = await ensureBaby(now)
  await updateBaby(first.id, { name: 'Ella', colour: 'orange', sex: 'female' }, now)
  const second = await addBaby('sky', now)
  await updateBaby(second.id, { name: 'Noor' }, now)
  await addEvent(first.id, { at: now - DAY_MS, note: '', kind: 'weight', grams: 4800 }, now)
  await addEvent(second.id, { at: now - DAY_MS, note: '', kind: 'weight', grams: 5300 }, now)
  // A weight from the first weeks, long past the two weeks the log keeps in memory.
  await addEvent(first.id, { at: birthAt + 2 * DAY_MS, note: '', kind: 'weight', grams: 1700 }, now)
  const mounted = await mountWithApp(GrowthSection)
  useProfileStore().profile = { ...emptyProfile('SE'), birthAt, dueDate: '2026-01-05' }
  await flushPromises()
  return { ...mounted, first, second }
}

describe('GrowthSection with premature twins', () => {
  it('shows each twin by corrected age, with its own weights and its own sex', async () => {
    const { wrapper, first, second } = await mountTwins()
    const log = useBabyLogStore()
    log.choose(first.id)
    await vi.waitFor(() => expect(wrapper.findAll('tbody tr')).toHaveLength(2))
    const caption = () => wrapper.find('figcaption').text()
    expect(caption()).toContain('Last weight 4,800 g at 7 weeks corrected, between the 25th and 50th centile lines.')
    expect(caption()).toContain('Born at 32 weeks')
    expect(wrapper.findAll('[data-centile]')).toHaveLength(7)

    log.choose(second.id)
    await vi.waitFor(() => expect(wrapper.findAll('tbody tr')).toHaveLength(1))
    expect(caption()).toContain('Last weight 5,300 g at 7 weeks corrected.')
    expect(caption()).toContain("WHO's charts differ for boys and girls")
    expect(wrapper.findAll('[data-centile]')).toHaveLength(0)

    await wrapper
      .findAll('input[type="radio"]')
      .find((input) => (input.element as HTMLInputElement).value === 'male')!
      .setValue(true)
    await vi.waitFor(() => expect(wrapper.findAll('[data-centile]')).toHaveLength(7))
    expect((await listBabies()).find((baby) => baby.id === second.id)!.sex).toBe('male')
  })
})

describe('GrowthSection with a length and a head circumference', () => {
  it('offers their charts once one is entered with a weight, read against their own WHO tables', async () => {
    const baby = await ensureBaby(now)
    await updateBaby(baby.id, { sex: 'female' }, now)
    await addEvent(baby.id, { at: now - 2 * DAY_MS, note: '', kind: 'weight', grams: 5600 }, now)
    const mounted = await mountWithApp(GrowthSection)
    useProfileStore().profile = { ...emptyProfile('SE'), birthAt }
    await flushPromises()
    const { wrapper } = mounted
    await vi.waitFor(() => expect(wrapper.findAll('tbody tr')).toHaveLength(1))
    // Only weights so far: no choice of chart.
    expect(wrapper.find('[data-testid="growth-measure"]').exists()).toBe(false)

    await addEvent(baby.id, { at: now - DAY_MS, note: '', kind: 'weight', grams: 5700, lengthCm: 60, headCm: 40 }, now)
    await vi.waitFor(() => expect(wrapper.find('[data-testid="growth-measure"]').exists()).toBe(true))
    const choose = (measure: string) =>
      wrapper.get(`[data-testid="growth-measure"] input[value="${measure}"]`).setValue(true)

    await choose('length')
    // 60 cm for a girl at 15 weeks and 6 days: WHO's median there is about 61.3 cm, 0.6 SD above.
    await vi.waitFor(() =>
      expect(wrapper.find('figcaption').text()).toContain(
        'Last length 60 cm at 15 weeks, around the 25th centile line.',
      ),
    )
    expect(wrapper.findAll('tbody tr')).toHaveLength(1)
    expect(wrapper.text()).toContain('Length in cm')
    expect(wrapper.text()).toContain('length-for-age')

    await choose('head')
    await vi.waitFor(() => expect(wrapper.find('figcaption').text()).toContain('Last head circumference 40 cm'))
    expect(wrapper.text()).toContain('head circumference-for-age')
    expect(wrapper.findAll('[data-centile]')).toHaveLength(7)
  })
})
