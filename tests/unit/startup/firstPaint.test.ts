import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useFirstPaintHints } from '@/composables/useFirstPaintHints'
import { DAY_MS } from '@/domain/time'
import type { TodaySnapshot } from '@/domain/todaySnapshot'
import { paintTodayFromSnapshot, paintTodayWhenReady } from '@/startup/firstPaint'
import { PREPAINTED_ATTRIBUTE } from '@/startup/prepainted'

const birthAt = Date.parse('2026-03-01T03:20:00Z')
const visit = { pathname: '/', browserLanguages: ['sv-SE'] }
const snapshot: TodaySnapshot = {
  birthAt,
  chosenLocale: null,
  browserLanguages: 'sv-SE',
  headerHeight: 61,
  texts: {
    title: 'Idag',
    ageLine: 'Ditt barn är {age} gammalt.',
    justBorn: 'mindre än en minut',
    pair: '{first} och {second}',
    minutes: ['{n} minut', '{n} minuter'],
    hours: ['{n} timme', '{n} timmar'],
    days: ['{n} dag', '{n} dagar'],
    weeks: ['{n} vecka', '{n} veckor'],
  },
}
const hints = useFirstPaintHints()
const app = () => document.getElementById('app')!

beforeEach(() => {
  document.body.innerHTML = '<div id="app"></div>'
  hints.rememberHasProfile(true)
  hints.rememberTodaySnapshot(snapshot)
})
afterEach(() => localStorage.clear())

describe('painting Today before the app loads', () => {
  it("paints the title and the baby's real age now, in the snapshot's words, and marks the page", () => {
    expect(paintTodayFromSnapshot(document, visit, birthAt + 3 * DAY_MS)).toBe(true)
    expect(app().querySelector('h1')!.textContent).toBe('Idag')
    expect(app().querySelector('.today-age')!.textContent).toBe('Ditt barn är 3 dagar gammalt.')
    expect(app().querySelector<HTMLElement>('.first-paint-header')!.style.height).toBe('61px')
    expect(app().hasAttribute(PREPAINTED_ATTRIBUTE)).toBe(true)
  })

  it('paints nothing on another page, without a profile, or without a snapshot', () => {
    expect(paintTodayFromSnapshot(document, { ...visit, pathname: '/journal' }, birthAt)).toBe(false)
    hints.rememberHasProfile(false)
    expect(paintTodayFromSnapshot(document, visit, birthAt)).toBe(false)
    hints.rememberHasProfile(true)
    hints.rememberTodaySnapshot(null)
    expect(paintTodayFromSnapshot(document, visit, birthAt)).toBe(false)
    expect(app().childElementCount).toBe(0)
    expect(app().hasAttribute(PREPAINTED_ATTRIBUTE)).toBe(false)
  })

  it('paints nothing in a language other than the one the snapshot was written in', () => {
    expect(paintTodayFromSnapshot(document, { ...visit, browserLanguages: ['nl-NL'] }, birthAt)).toBe(false)
    expect(app().childElementCount).toBe(0)
  })

  it('never writes the snapshot as markup', () => {
    hints.rememberTodaySnapshot({ ...snapshot, texts: { ...snapshot.texts, title: '<img src=x onerror=alert(1)>' } })
    paintTodayFromSnapshot(document, visit, birthAt)
    expect(app().querySelector('img')).toBeNull()
    expect(app().querySelector('h1')!.textContent).toBe('<img src=x onerror=alert(1)>')
  })
})

describe('painting as soon as the app element is parsed', () => {
  it('waits for the element when the preloader runs before the parser reaches it', async () => {
    document.body.innerHTML = ''
    paintTodayWhenReady(document, visit, birthAt + DAY_MS)
    const element = document.createElement('div')
    element.id = 'app'
    document.body.append(element)
    await vi.waitFor(() => expect(element.hasAttribute(PREPAINTED_ATTRIBUTE)).toBe(true))
    expect(element.querySelector('.today-age')!.textContent).toBe('Ditt barn är 1 dag gammalt.')
  })
})
