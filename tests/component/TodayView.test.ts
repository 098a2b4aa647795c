import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import TodayView from '@/views/TodayView.vue'
import * as profileRepository from '@/db/profile'
import { loadProfile } from '@/db/profile'
import { DAY_MS, HOUR_MS, MINUTE_MS } from '@/domain/time'
import { ageLineAt, readTodaySnapshot } from '@/domain/todaySnapshot'
import { useFirstPaintHints } from '@/composables/useFirstPaintHints'
import { emptyProfile, type Profile } from '@/domain/profile'
import { useProfileStore } from '@/stores/profile'
import { useSettingsStore } from '@/stores/settings'
import { useStorageStore } from '@/stores/storage'
import { mountWithApp } from './mountWithApp'

const birthAt = Date.parse('2026-03-01T03:20:00Z')

async function mountAt(
  now: number,
  profile: Profile | null,
  options: { locale?: string; lastOpenedAt?: number | null; timers?: 'fake' | 'real' } = {},
) {
  // With fake timers, vi.waitFor moves the clock on every check; a test that waits on a database
  // write keeps real timers and only stops the clock, so the write's own timing is the browser's.
  const timers =
    options.timers === 'real' ? [] : (['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] as const)
  vi.useFakeTimers({ now, toFake: ['Date', ...timers] })
  const mounted = await mountWithApp(TodayView, {}, options.locale ?? 'en')
  useProfileStore().profile = profile
  const settings = useSettingsStore()
  settings.settings.lastOpenedAt = options.lastOpenedAt ?? null
  settings.loaded = true
  await flushPromises()
  return { ...mounted, settings }
}

const titles = (wrapper: Awaited<ReturnType<typeof mountAt>>['wrapper']) =>
  wrapper.findAll('article h3').map((h) => h.text())

afterEach(() => {
  vi.useRealTimers()
})

describe('TodayView', () => {
  it('shows the skin-to-skin card ten minutes after the birth with about 20 minutes left', async () => {
    const { wrapper } = await mountAt(birthAt + 10 * MINUTE_MS, { ...emptyProfile('SE'), birthAt })
    expect(wrapper.find('.today-age').text()).toBe('Your baby is 10 minutes old.')
    expect(titles(wrapper)[0]).toBe('Skin to skin, undisturbed')
    expect(wrapper.find('[data-testid="countdown-announcement"]').text()).toBe(
      'Skin to skin, undisturbed: about 20 minutes left',
    )
    expect(wrapper.find('.countdown__clock').text()).toBe('20:00')
    expect(wrapper.find('[data-testid="countdown-announcement"]').attributes('aria-live')).toBe('polite')
  })

  it('counts down and drops the card at exactly 30 minutes, without a reload', async () => {
    const { wrapper } = await mountAt(birthAt + 10 * MINUTE_MS, { ...emptyProfile('SE'), birthAt })
    await vi.advanceTimersByTimeAsync(61_000)
    expect(wrapper.find('.countdown__clock').text()).toBe('18:59')
    expect(wrapper.find('[data-testid="countdown-announcement"]').text()).toBe(
      'Skin to skin, undisturbed: about 19 minutes left',
    )
    expect(wrapper.find('.today-age').text()).toBe('Your baby is 11 minutes old.')
    await vi.advanceTimersByTimeAsync(19 * MINUTE_MS - 1_001)
    expect(titles(wrapper)).toContain('Skin to skin, undisturbed')
    await vi.advanceTimersByTimeAsync(1)
    expect(titles(wrapper)).not.toContain('Skin to skin, undisturbed')
    expect(titles(wrapper)[0]).toBe('The golden hour')
  })

  it('shows the corrected age beside the real age for a baby born at 32 weeks', async () => {
    // Born 1 March at 32+0: the due date is eight weeks later.
    const profile = { ...emptyProfile('UK'), birthAt, dueDate: '2026-04-26' }
    const { wrapper } = await mountAt(birthAt + 16 * 7 * DAY_MS + HOUR_MS, profile)
    const shown = wrapper.find('.today-age').text()
    expect(shown).toBe('Your baby is 16 weeks old — 8 weeks corrected (born at 32 weeks).')
    // The next visit paints the same line before the app has loaded.
    const snapshot = readTodaySnapshot(useFirstPaintHints().todaySnapshot(), {
      chosenLocale: null,
      browserLanguages: navigator.languages.join(','),
    })!
    expect(ageLineAt(snapshot, Date.now())).toBe(shown)
  })

  it('says when the corrected age starts while the due date is still ahead', async () => {
    const profile = { ...emptyProfile('SE'), birthAt, dueDate: '2026-04-26' }
    const { wrapper } = await mountAt(birthAt + 3 * DAY_MS, profile, { locale: 'sv' })
    expect(wrapper.find('.today-age').text()).toBe(
      'Ditt barn är 3 dagar gammalt (född i graviditetsvecka 32+0). Den korrigerade åldern räknas från beräknat datum, söndag 26 april 2026.',
    )
  })

  it('shows only the real age for a baby born at term, even with a due date', async () => {
    const profile = { ...emptyProfile('NL'), birthAt, dueDate: '2026-03-05' }
    const { wrapper } = await mountAt(birthAt + 3 * DAY_MS + 5 * MINUTE_MS, profile, { locale: 'nl' })
    expect(wrapper.find('.today-age').text()).toBe('Je baby is 3 dagen oud.')
  })

  it('shows the third-day dip at three days, with a way to get help', async () => {
    const { wrapper } = await mountAt(birthAt + 3 * DAY_MS + 5 * MINUTE_MS, { ...emptyProfile('UK'), birthAt })
    expect(wrapper.find('.today-age').text()).toBe('Your baby is 3 days old.')
    const card = wrapper.findAll('article').find((article) => article.find('h3').text() === 'The third-day dip')!
    expect(card.text()).toContain('do not last beyond two weeks')
    expect(card.find('[data-urgency="sameDay"] [data-flag="psychosis"]').exists()).toBe(true)
    expect(card.find('[data-urgency="contact"] [data-flag="lowMood"]').exists()).toBe(true)
    expect(card.find('a[href="/help"]').exists()).toBe(true)
    expect(card.text()).toContain('Sources: S15, S16, S17')
    expect(card.find('a[href="/sources#S16"]').exists()).toBe(true)
  })

  it('names what comes next and when', async () => {
    const { wrapper } = await mountAt(birthAt + 10 * MINUTE_MS, { ...emptyProfile('NL'), birthAt })
    const next = wrapper.findAll('.upcoming__item').map((item) => item.find('.upcoming__title').text())
    expect(next[0]).toBe('Rest and nest')
    expect(wrapper.find('.upcoming__when').text()).toMatch(/^From /)
  })

  it('speaks Swedish on every card when the app does', async () => {
    const { wrapper } = await mountAt(birthAt + 3 * DAY_MS, { ...emptyProfile('SE'), birthAt }, { locale: 'sv' })
    expect(titles(wrapper)).toContain('Tredjedagsgråten')
    expect(wrapper.find('.today-age').text()).toBe('Ditt barn är 3 dagar gammalt.')
  })

  it('lists what became due since Cocoon was last opened, then remembers this visit', async () => {
    const now = birthAt + 3 * DAY_MS + HOUR
    const { wrapper, settings } = await mountAt(
      now,
      { ...emptyProfile('SE'), birthAt },
      { lastOpenedAt: birthAt + 2 * DAY_MS + HOUR, timers: 'real' },
    )
    const listed = wrapper.findAll('.since-last-open li a').map((link) => link.text())
    expect(listed).toEqual(['The third-day dip'])
    expect(wrapper.find('.since-last-open li a').attributes('href')).toBe('/timeline/3')
    await vi.waitFor(() => expect(settings.settings.lastOpenedAt).toBe(now))
  })

  it('shows no "since last open" list on the very first visit', async () => {
    const { wrapper, settings } = await mountAt(birthAt + 3 * DAY_MS, { ...emptyProfile('SE'), birthAt })
    expect(wrapper.find('.since-last-open').exists()).toBe(false)
    await vi.waitFor(() => expect(settings.settings.lastOpenedAt).toBe(birthAt + 3 * DAY_MS))
  })

  it('prepares for the first hour before the birth, and "Baby is here" starts it live', async () => {
    const now = Date.parse('2026-04-10T08:00:00Z')
    const { wrapper } = await mountAt(now, { ...emptyProfile('SE'), dueDate: '2026-04-15' })
    expect(wrapper.find('#prepare-title').text()).toBe('Getting ready for the first hour')
    await wrapper.find('.baby-is-here__button').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('.today__stamped').exists()).toBe(true))
    expect((await loadProfile())?.birthAt).toBe(now)
    // The due date stays with the birth: a premature baby's corrected age is read from it.
    expect(useProfileStore().profile).toMatchObject({ birthAt: now, dueDate: '2026-04-15' })
    expect(wrapper.find('.today__stamped').text()).toContain('Birth time saved')
    expect(titles(wrapper)[0]).toBe('Skin to skin, undisturbed')
    expect(wrapper.find('[data-testid="countdown-announcement"]').text()).toBe(
      'Skin to skin, undisturbed: about 30 minutes left',
    )
    await vi.advanceTimersByTimeAsync(MINUTE_MS)
    expect(wrapper.find('.today-age').text()).toBe('Your baby is 1 minute old.')
  })

  it('lets only the soonest-ending countdown speak, naming its card, while two run at once', async () => {
    const { wrapper } = await mountAt(birthAt + 10 * MINUTE_MS, { ...emptyProfile('SE'), birthAt, feeding: 'breast' })
    const regions = wrapper.findAll('[data-testid="countdown-announcement"]')
    expect(regions).toHaveLength(2)
    const speaking = regions.filter((region) => region.attributes('aria-live') === 'polite')
    expect(speaking.map((region) => region.text())).toEqual(['Skin to skin, undisturbed: about 20 minutes left'])
    await vi.advanceTimersByTimeAsync(20 * MINUTE_MS)
    const next = wrapper
      .findAll('[data-testid="countdown-announcement"]')
      .filter((region) => region.attributes('aria-live') === 'polite')
    expect(next).toHaveLength(1)
    expect(next[0]!.text()).toMatch(/^The golden hour: about 30 minutes left$/)
  })

  it('keeps the "Baby is here" button and says so when the birth time cannot be saved', async () => {
    const failure = Object.assign(new Error('disk full'), { name: 'QuotaExceededError' })
    const save = vi.spyOn(profileRepository, 'saveProfile').mockRejectedValue(failure)
    const now = Date.parse('2026-04-10T08:00:00Z')
    const { wrapper } = await mountAt(now, { ...emptyProfile('SE'), dueDate: '2026-04-15' })
    await wrapper.find('.baby-is-here__button').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[role="alert"]').exists()).toBe(true))
    expect(wrapper.find('[role="alert"]').text()).toBe('The time of birth could not be saved. Please try again.')
    expect(useStorageStore().problem?.kind).toBe('quota')
    expect(useProfileStore().profile).toMatchObject({ birthAt: null, dueDate: '2026-04-15' })
    expect(wrapper.find('.baby-is-here__button').attributes('disabled')).toBeUndefined()
    expect(wrapper.find('.today__stamped').exists()).toBe(false)
    save.mockRestore()
  })

  it('exports the coming moments as a calendar file', async () => {
    // Spies on the real URL's statics, which restoreMocks (vite.config.ts) puts back after the test.
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:cocoon')
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    const { wrapper } = await mountAt(birthAt + 4 * DAY_MS, { ...emptyProfile('UK'), birthAt })
    await wrapper.find('.calendar-export button').trigger('click')
    await nextTick()
    const blob = createObjectURL.mock.calls[0]![0] as Blob
    expect(blob.type).toBe('text/calendar;charset=utf-8')
    const text = await blob.text()
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    // One event a day for the days' new moments, plus the appointments to book (UK: three).
    expect(text).toMatch(/SUMMARY:Day 7: /)
    expect(text).toContain('SUMMARY:Book your own check-up')
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(8)
    expect(wrapper.find('.calendar-export [role="status"]').text()).toBe('Calendar file ready with 8 reminders.')
  })

  it('leaves a snapshot from which the next visit paints the same age line, in its language', async () => {
    const { wrapper } = await mountAt(birthAt + 3 * DAY_MS, { ...emptyProfile('SE'), birthAt }, { locale: 'sv' })
    const snapshot = readTodaySnapshot(useFirstPaintHints().todaySnapshot(), {
      chosenLocale: null,
      browserLanguages: navigator.languages.join(','),
    })!
    expect(snapshot.birthAt).toBe(birthAt)
    for (const later of [5 * MINUTE_MS, 3 * HOUR_MS + MINUTE_MS, DAY_MS, 20 * DAY_MS]) {
      useProfileStore().profile = { ...emptyProfile('SE'), birthAt: Date.now() - later }
      await nextTick()
      const shown = wrapper.find('.today-age').text()
      expect(ageLineAt(snapshot, snapshot.birthAt + later)).toBe(shown)
    }
    expect(snapshot.texts.title).toBe(wrapper.find('h1').text())
  })
})

const HOUR = 60 * MINUTE_MS

describe('Today at a glance', () => {
  const toggle = (wrapper: Awaited<ReturnType<typeof mountAt>>['wrapper'], name: string) =>
    wrapper.findAll('.glance-item__toggle').find((button) => button.find('.glance-item__title').text() === name)!

  it('fifteen minutes after the birth opens one card and counts the golden hour and the first feed down once', async () => {
    const { wrapper } = await mountAt(birthAt + 15 * MINUTE_MS, { ...emptyProfile('SE'), birthAt, feeding: 'breast' })
    expect(titles(wrapper)).toEqual(['Skin to skin, undisturbed'])
    const countdowns = wrapper.findAll('.countdown')
    expect(countdowns).toHaveLength(2)
    const shared = countdowns[1]!
    expect(shared.find('.countdown__label').text()).toMatch(/^Together until \d{1,2}[:.]\d\d/)
    expect(shared.find('.countdown__clock').text()).toBe('45:00')
    expect(shared.find('[data-testid="countdown-announcement"]').attributes('aria-live')).toBe('off')
    expect(shared.find('[data-testid="countdown-announcement"]').text()).toBe(
      'The golden hour and The first feed: about 45 minutes left',
    )
    const group = shared.element.parentElement!
    expect([...group.querySelectorAll('.glance-item__title')].map((title) => title.textContent)).toEqual([
      'The golden hour',
      'The first feed',
    ])
    // The cards without a deadline say until when they last.
    expect(toggle(wrapper, 'Your baby leads the way').find('.glance-item__when').text()).toMatch(/^Until /)
  })

  it('opens a listed card in place on tap, without a second countdown, and closes it again', async () => {
    const { wrapper } = await mountAt(birthAt + 15 * MINUTE_MS, { ...emptyProfile('SE'), birthAt, feeding: 'breast' })
    const button = toggle(wrapper, 'The golden hour')
    expect(button.attributes('aria-expanded')).toBe('false')
    expect(button.attributes('aria-controls')).toBeUndefined()
    await button.trigger('click')
    expect(button.attributes('aria-expanded')).toBe('true')
    const panel = wrapper.find(`#${button.attributes('aria-controls')}`)
    expect(panel.find('article h3').text()).toBe('The golden hour')
    expect(panel.text()).toContain('Sources: S2, S3, S6')
    expect(panel.find('.countdown').exists()).toBe(false)
    expect(wrapper.findAll('.countdown')).toHaveLength(2)
    await button.trigger('click')
    expect(button.attributes('aria-expanded')).toBe('false')
    expect(titles(wrapper)).toEqual(['Skin to skin, undisturbed'])
  })

  it('after the half hour the golden hour leads, and the first feed shares its one countdown', async () => {
    const { wrapper } = await mountAt(birthAt + 35 * MINUTE_MS, { ...emptyProfile('SE'), birthAt, feeding: 'breast' })
    expect(titles(wrapper)).toEqual(['The golden hour'])
    expect(wrapper.findAll('.countdown')).toHaveLength(1)
    expect(wrapper.find('.today-glance__together').text()).toMatch(
      /^Same countdown as above, until \d{1,2}[:.]\d\d( [AP]M)?:$/,
    )
    expect(toggle(wrapper, 'The first feed').find('.glance-item__when').exists()).toBe(false)
  })

  it('with no deadline opens the newest card and lists the rest, with no countdown at all', async () => {
    const { wrapper } = await mountAt(birthAt + 3 * DAY_MS, { ...emptyProfile('SE'), birthAt })
    expect(titles(wrapper)).toEqual(['The third-day dip'])
    expect(wrapper.find('.countdown').exists()).toBe(false)
    expect(wrapper.findAll('.glance-item__toggle').length).toBeGreaterThan(5)
  })

  it('puts the short list in Swedish', async () => {
    const { wrapper } = await mountAt(
      birthAt + 15 * MINUTE_MS,
      { ...emptyProfile('SE'), birthAt, feeding: 'breast' },
      { locale: 'sv' },
    )
    expect(wrapper.find('#today-also').text()).toBe('Också nu')
    expect(wrapper.findAll('.countdown__label')[1]!.text()).toMatch(/^Tillsammans till kl\. /)
  })
})
