import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import CalendarExportButton from '@/components/CalendarExportButton.vue'
import { loadSettings } from '@/db/settings'
import { emptyProfile } from '@/domain/profile'
import { DAY_MS } from '@/domain/time'
import { useSettingsStore } from '@/stores/settings'
import { clockIn, readCalendar } from '../unit/domain/icalReader'
import { mountWithApp } from './mountWithApp'

enableAutoUnmount(afterEach)

const birthAt = Date.parse('2026-03-01T23:50:00Z')
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone

async function mountExport(locale = 'en') {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(birthAt + DAY_MS / 2)
  const createObjectURL = vi.fn((_blob: Blob) => 'blob:cocoon')
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }))
  const mounted = await mountWithApp(
    CalendarExportButton,
    { props: { birthAt, profile: { ...emptyProfile('SE'), feeding: 'breast' } } },
    locale,
  )
  // The store starts from the defaults, as on a first visit (loading it would reset the language).
  useSettingsStore().loaded = true
  const exportFile = async () => {
    const calls = createObjectURL.mock.calls.length
    await mounted.wrapper.get('button').trigger('click')
    await vi.waitFor(() => expect(createObjectURL.mock.calls.length).toBe(calls + 1))
    await flushPromises()
    return readCalendar(await createObjectURL.mock.calls[calls]![0].text())
  }
  return { ...mounted, exportFile }
}

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('CalendarExportButton', () => {
  it('offers the reminder time next to the button, 10:00 unless changed', async () => {
    const { wrapper, exportFile } = await mountExport()
    expect((wrapper.get('input[type="time"]').element as HTMLInputElement).value).toBe('10:00')
    expect(wrapper.get('label[for]').text()).toBe('Remind me at')
    const { events } = await exportFile()
    expect(events.length).toBeGreaterThan(5)
    for (const event of events) expect(event.alarms.map((at) => clockIn(at, zone))).toEqual(['10:00'])
  })

  it('rings at the chosen time, or not at all, and saves the choice', async () => {
    const { wrapper, exportFile } = await mountExport('sv')
    await wrapper.get('input[type="time"]').setValue('08:30')
    await vi.waitFor(async () => expect((await loadSettings()).reminderTime).toBe('08:30'))
    const first = await exportFile()
    for (const event of first.events) expect(clockIn(event.start, zone)).toBe('08:30')
    expect(first.events[0]!.summary).toMatch(/^Dag \d+: /)

    await wrapper.get('input[type="checkbox"]').setValue(true)
    await vi.waitFor(async () => expect((await loadSettings()).reminderAlarms).toBe(false))
    const second = await exportFile()
    expect(second.events.every((event) => event.alarms.length === 0)).toBe(true)
    // The same events, updated: same UIDs, each one a SEQUENCE higher.
    expect(second.events.map((event) => event.uid)).toEqual(first.events.map((event) => event.uid))
    expect(second.events.map((event) => event.sequence)).toEqual(first.events.map((event) => event.sequence + 1))
    expect((await loadSettings()).calendarExport?.calendarId).toBe(first.events[0]!.uid.split('.')[1]!.split('@')[0])
  })

  it("names the care team's own number in an appointment reminder, and the service's name without one", async () => {
    const { exportFile } = await mountExport()
    const bvcReminder = (events: Awaited<ReturnType<typeof exportFile>>['events']) =>
      events.find((event) => /BVC/.test(event.description) && /first visit|home visit/i.test(event.summary))
    const without = bvcReminder((await exportFile()).events)
    expect(without, 'a reminder of the first BVC visit').toBeDefined()
    expect(without!.description).not.toContain('08-123 45 67')
    useSettingsStore().settings.careTeam = [{ kind: 'bvc', label: 'BVC Solna', number: '08-123 45 67' }]
    const saved = bvcReminder((await exportFile()).events)
    expect(saved!.description).toContain('Call BVC Solna: 08-123 45 67.')
  })

  it('ignores an emptied time instead of saving a broken one', async () => {
    const { wrapper } = await mountExport()
    await wrapper.get('input[type="time"]').setValue('')
    await flushPromises()
    expect((await loadSettings()).reminderTime).toBe('10:00')
  })
})
