import { describe, expect, it } from 'vitest'
import {
  isClockTime,
  isWithinNightWindow,
  nextClockTime,
  resolveTheme,
  toggleNight,
  type NightSettings,
} from '@/domain/nightMode'

const at = (hours: number, minutes = 0, day = 10) => new Date(2026, 0, day, hours, minutes)
const base: NightSettings = {
  theme: 'light',
  nightAutomatically: false,
  nightStartsAt: '21:00',
  nightEndsAt: '07:00',
  nightOverride: null,
}

describe('the night window', () => {
  it('runs past midnight: from the start minute up to, not including, the end minute', () => {
    expect(isWithinNightWindow(at(20, 59), base)).toBe(false)
    expect(isWithinNightWindow(at(21, 0), base)).toBe(true)
    expect(isWithinNightWindow(at(3, 0), base)).toBe(true)
    expect(isWithinNightWindow(at(6, 59), base)).toBe(true)
    expect(isWithinNightWindow(at(7, 0), base)).toBe(false)
  })

  it('also works as a window inside one day', () => {
    const nap = { nightStartsAt: '13:00', nightEndsAt: '15:00' }
    expect(isWithinNightWindow(at(14), nap)).toBe(true)
    expect(isWithinNightWindow(at(16), nap)).toBe(false)
  })

  it('is empty when it starts and ends at the same minute', () => {
    expect(isWithinNightWindow(at(21), { nightStartsAt: '21:00', nightEndsAt: '21:00' })).toBe(false)
  })

  it('accepts only real clock times', () => {
    expect(['00:00', '07:30', '23:59'].every(isClockTime)).toBe(true)
    expect(['24:00', '7:30', '', '12:60'].some(isClockTime)).toBe(false)
  })
})

describe('the next clock time', () => {
  it('is later today when the time is still ahead, tomorrow when it has passed', () => {
    expect(nextClockTime(at(22), '23:30')).toBe(at(23, 30).getTime())
    expect(nextClockTime(at(22), '07:00')).toBe(at(7, 0, 11).getTime())
    expect(nextClockTime(at(7), '07:00')).toBe(at(7, 0, 11).getTime())
  })
})

describe('the theme shown', () => {
  it('is the chosen theme by day and without the automatic switch', () => {
    expect(resolveTheme(base, at(3))).toBe('light')
    expect(resolveTheme({ ...base, nightAutomatically: true }, at(12))).toBe('light')
  })

  it('turns to night inside the window when the parent asked for it', () => {
    expect(resolveTheme({ ...base, nightAutomatically: true }, at(23))).toBe('night')
  })

  it('is always night when night is the chosen theme', () => {
    expect(resolveTheme({ ...base, theme: 'night' }, at(12))).toBe('night')
  })

  it('follows a night-button tap until the tap runs out', () => {
    const settings = { ...base, nightOverride: { night: true, until: at(7, 0, 11).getTime() } }
    expect(resolveTheme(settings, at(14))).toBe('night')
    expect(resolveTheme(settings, at(7, 0, 11))).toBe('light')
  })

  it('turns night off with a tap even inside the automatic window, back to the device theme for a night base', () => {
    const off = { night: false, until: at(21, 0, 11).getTime() }
    expect(resolveTheme({ ...base, nightAutomatically: true, nightOverride: off }, at(23))).toBe('light')
    expect(resolveTheme({ ...base, theme: 'night', nightOverride: off }, at(23))).toBe('system')
  })
})

describe('one tap on the night button', () => {
  it('turns night on until the morning', () => {
    expect(toggleNight(base, at(23))).toEqual({ night: true, until: at(7, 0, 11).getTime() })
  })

  it('turns night off until the evening when it is night now', () => {
    expect(toggleNight({ ...base, nightAutomatically: true }, at(3, 0, 11))).toEqual({
      night: false,
      until: at(21, 0, 11).getTime(),
    })
  })

  it('lasts at least an hour, so a tap just before the morning is not undone at once', () => {
    expect(toggleNight(base, at(6, 50))).toEqual({ night: true, until: at(7, 50).getTime() })
  })

  it('undoes itself: a second tap turns night back off', () => {
    const first = toggleNight(base, at(23))
    expect(toggleNight({ ...base, nightOverride: first }, at(23, 1)).night).toBe(false)
  })
})
