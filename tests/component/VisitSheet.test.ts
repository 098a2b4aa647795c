import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { addEntry } from '@/db/journal'
import { addBaby, addEvent, ensureBaby, listBabies, updateBaby } from '@/db/log'
import { saveProfile } from '@/db/profile'
import { addQuestion, markAsked } from '@/db/questions'
import type { LogContent } from '@/domain/babyLog'
import { emptyProfile } from '@/domain/profile'
import { DAY_MS, HOUR_MS } from '@/domain/time'
import { useProfileStore } from '@/stores/profile'
import { useVisitSheetStore } from '@/stores/visitSheet'
import VisitSheetView from '@/views/VisitSheetView.vue'
import { mountWithApp } from './mountWithApp'

enableAutoUnmount(afterEach)
const T = Date.UTC(2026, 2, 4, 8, 0)
// Born 9 days and 2 hours ago: day of life 10 is running, so the sheet shows days 4 to 10.
const BIRTH = T - 9 * DAY_MS - 2 * HOUR_MS

const wet = (at: number): LogContent => ({ kind: 'nappy', contents: 'wet', stool: null, at, note: '' })
const dirty = (at: number): LogContent => ({ kind: 'nappy', contents: 'dirty', stool: 'yellow', at, note: '' })
const bottle = (at: number): LogContent => ({ kind: 'bottle', milk: 'formula', ml: 60, at, note: '' })

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(T)
  await listBabies()
  await saveProfile({ ...emptyProfile('SE'), birthAt: BIRTH }, T)
})
afterEach(() => vi.useRealTimers())

async function mountSheet() {
  const mounted = await mountWithApp(VisitSheetView)
  await useProfileStore().load()
  return mounted
}

type Wrapper = Awaited<ReturnType<typeof mountSheet>>['wrapper']
const rows = (wrapper: Wrapper, baby?: string) =>
  wrapper
    .findAll(`${baby ? `[data-baby="${baby}"] ` : ''}[data-testid="sheet-days"] tbody tr`)
    .map((row) => row.findAll('th, td').map((cell) => cell.text()))

describe('the care-visit sheet', () => {
  it('shows the last 7 days of life with each day’s feeds, nappies and sleep', async () => {
    const baby = await ensureBaby(BIRTH)
    // Day 4: two bottles, a wet and a dirty nappy; day 9: three wet nappies; day 10 so far: one bottle.
    const day = (n: number) => BIRTH + (n - 1) * DAY_MS
    for (const content of [bottle(day(4) + HOUR_MS), bottle(day(4) + 4 * HOUR_MS), wet(day(4) + 2 * HOUR_MS)])
      await addEvent(baby.id, content, T)
    await addEvent(baby.id, dirty(day(4) + 3 * HOUR_MS), T)
    for (const hour of [1, 5, 9]) await addEvent(baby.id, wet(day(9) + hour * HOUR_MS), T)
    await addEvent(
      baby.id,
      { kind: 'sleep', at: day(9) + 10 * HOUR_MS, end: day(9) + 12 * HOUR_MS + 30 * 60_000, note: '' },
      T,
    )
    await addEvent(baby.id, bottle(day(10) + HOUR_MS), T)
    // Day 3 is older than the week: not on the sheet.
    await addEvent(baby.id, wet(day(3) + HOUR_MS), T)

    const { wrapper } = await mountSheet()
    await vi.waitFor(() => expect(rows(wrapper)).toHaveLength(7))
    await vi.waitFor(() =>
      expect(rows(wrapper)).toEqual([
        ['Day 4', '2', '1', '1', '0 min'],
        ['Day 5', '0', '0', '0', '0 min'],
        ['Day 6', '0', '0', '0', '0 min'],
        ['Day 7', '0', '0', '0', '0 min'],
        ['Day 8', '0', '0', '0', '0 min'],
        ['Day 9', '0', '3', '0', '2 h 30 min'],
        ['Day 10 (so far)', '1', '0', '0', '0 min'],
      ]),
    )
    expect(wrapper.get('[data-testid="sheet-age"]').text()).toBe('Age: 9 days')
    expect(wrapper.find('[data-testid="sheet-corrected-age"]').exists()).toBe(false)
    // One baby: no names anywhere.
    expect(wrapper.findAll('.sheet-baby__name')).toHaveLength(0)
  })

  it('lists the questions to ask and those asked, ticked', async () => {
    await addQuestion('Is the cord healing well?', T)
    const asked = await addQuestion('When is the heel prick?', T)
    await markAsked(asked.id, T, T)
    const { wrapper } = await mountSheet()
    await vi.waitFor(() =>
      expect(wrapper.get('[data-testid="sheet-open-questions"]').text()).toBe('☐Is the cord healing well?'),
    )
    expect(wrapper.get('[data-testid="sheet-asked-questions"]').text()).toBe('☑When is the heel prick?')
  })

  it('shows the mood only once the mother ticks it, and forgets the choice when she leaves', async () => {
    for (const [days, mood] of [
      [10, 2],
      [9, 2],
      [2, 4],
      [1, 4],
    ] as const)
      await addEntry({ at: T - days * DAY_MS, mood, feelings: [], helped: [], sleepHours: null, text: '' }, T)
    const first = await mountSheet()
    await flushPromises()
    await vi.waitFor(() => expect(rows(first.wrapper)).toHaveLength(7))
    expect(first.wrapper.find('[data-testid="sheet-mood"]').exists()).toBe(false)
    expect(first.wrapper.text()).not.toContain('mood has been')

    await first.wrapper.get('input[type="checkbox"]').setValue(true)
    await vi.waitFor(() =>
      expect(first.wrapper.get('[data-testid="sheet-mood"]').text()).toContain(
        'This week your mood has been brighter than the week before.',
      ),
    )
    const moodText = first.wrapper.get('[data-testid="sheet-mood"]').text()
    expect(moodText).toContain('Day 5no entry')
    expect(moodText).toContain('Day 94.0 (Good)')
    first.wrapper.unmount()

    // The store outlives the page: the choice must not carry over to the next sheet.
    expect(useVisitSheetStore().includeMood).toBe(false)
  })

  it('gives each twin a section of its own, with its own counts and weight change', async () => {
    const first = await ensureBaby(BIRTH)
    await updateBaby(first.id, { name: 'Ella', colour: 'orange', birthWeightGrams: 2500 }, T)
    const second = await addBaby('sky', T)
    await updateBaby(second.id, { name: 'Noor', birthWeightGrams: 2400 }, T)
    await addEvent(first.id, wet(T - HOUR_MS), T)
    await addEvent(second.id, wet(T - HOUR_MS), T)
    await addEvent(second.id, wet(T - 30 * 60_000), T)
    await addEvent(first.id, { kind: 'weight', grams: 2300, at: T - 2 * HOUR_MS, note: '' }, T)

    const { wrapper } = await mountSheet()
    await vi.waitFor(() =>
      expect(wrapper.findAll('.sheet-baby__name').map((name) => name.text())).toEqual(['Ella', 'Noor']),
    )
    await vi.waitFor(() => expect(rows(wrapper, first.id).at(-1)).toEqual(['Day 10 (so far)', '0', '1', '0', '0 min']))
    expect(rows(wrapper, second.id).at(-1)).toEqual(['Day 10 (so far)', '0', '2', '0', '0 min'])
    const weights = wrapper.get(`[data-baby="${first.id}"] [data-testid="sheet-weights"] tbody`).text()
    expect(weights).toContain('2300 g')
    expect(weights).toMatch(/[-−]8\.0%/)
    expect(wrapper.find(`[data-baby="${second.id}"] [data-testid="sheet-weights"]`).exists()).toBe(false)
  })

  it('shows the corrected age of a baby born at 32 weeks, in Swedish', async () => {
    // Due 8 weeks after the birth (in the parent's calendar days).
    const due = new Date(BIRTH + 56 * DAY_MS)
    const dueDate = `${due.getFullYear()}-${String(due.getMonth() + 1).padStart(2, '0')}-${String(due.getDate()).padStart(2, '0')}`
    await saveProfile({ ...emptyProfile('SE'), birthAt: BIRTH, dueDate }, T)
    const { wrapper } = await mountWithApp(VisitSheetView, {}, 'sv')
    await useProfileStore().load()
    await vi.waitFor(() =>
      expect(wrapper.get('[data-testid="sheet-corrected-age"]').text()).toMatch(
        /^Korrigerad ålder: beräknat datum är inte nått än, .* kvar \(född i vecka 32\+0\)$/,
      ),
    )
    expect(wrapper.get('h1').text()).toBe('En sida till besöket')
  })
})
