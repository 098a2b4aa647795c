import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import TodayView from '@/views/TodayView.vue'
import { emptyProfile, type Profile } from '@/domain/profile'
import { MINUTE_MS } from '@/domain/time'
import { useProfileStore } from '@/stores/profile'
import { useSettingsStore } from '@/stores/settings'
import { mountWithApp } from './mountWithApp'

const birthAt = Date.parse('2026-03-01T03:20:00Z')
// Born at 32 weeks, eight weeks before the due date, and cared for in the neonatal unit.
const inUnit: Profile = { ...emptyProfile('NL'), birthAt, dueDate: '2026-04-26', feeding: 'breast', neonatalCare: true }

async function mountAt(now: number, profile: Profile, locale = 'en') {
  vi.useFakeTimers({ now, toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] })
  const mounted = await mountWithApp(TodayView, {}, locale)
  useProfileStore().profile = profile
  const settings = useSettingsStore()
  settings.settings.lastOpenedAt = null
  settings.loaded = true
  await flushPromises()
  // The short list under the open card is loaded after the first paint.
  await vi.dynamicImportSettled()
  await flushPromises()
  return mounted
}

afterEach(() => {
  vi.useRealTimers()
})

describe('Today with the baby in neonatal care', () => {
  it('opens kangaroo care ten minutes after the birth, lists expressing, and counts nothing down', async () => {
    const { wrapper } = await mountAt(birthAt + 10 * MINUTE_MS, inUnit)
    expect(wrapper.find('article h3').text()).toBe('Kangaroo care in the unit')
    expect(wrapper.find('.countdown').exists()).toBe(false)
    expect(wrapper.find('[data-testid="countdown-announcement"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('Expressing milk for your baby')
    expect(wrapper.text()).not.toContain('Skin to skin, undisturbed')
    expect(wrapper.text()).not.toContain('The golden hour')
    // The corrected age shows beside the real one, as for every premature baby.
    expect(wrapper.find('.today-age').text()).toContain('32')
  })

  it('speaks Dutch on the unit: buidelen and kolven', async () => {
    const { wrapper } = await mountAt(birthAt + 10 * MINUTE_MS, inUnit, 'nl')
    expect(wrapper.find('article h3').text()).toBe('Buidelen op de afdeling')
    expect(wrapper.text()).toContain('Kolven voor je baby')
    expect(wrapper.find('.countdown').exists()).toBe(false)
  })

  it('brings the first-hour cards back as soon as the answer changes to no', async () => {
    const { wrapper } = await mountAt(birthAt + 10 * MINUTE_MS, inUnit)
    const { neonatalCare: _home, ...home } = inUnit
    useProfileStore().profile = home
    await flushPromises()
    expect(wrapper.find('article h3').text()).toBe('Skin to skin, undisturbed')
    expect(wrapper.find('.countdown').exists()).toBe(true)
  })
})
