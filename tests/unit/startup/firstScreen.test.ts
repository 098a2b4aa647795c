import { describe, expect, it } from 'vitest'
import { filesForFirstScreen, preloadFirstScreen, type FirstScreenFiles } from '@/startup/firstScreen'

const files: FirstScreenFiles = {
  locales: {
    en: ['/assets/en-shell.js', '/assets/en-content.js'],
    sv: ['/assets/sv-shell.js', '/assets/sv-content.js'],
  },
  homeWords: { en: ['/assets/en-home.js'], sv: ['/assets/sv-home.js'] },
  pages: {
    welcome: ['/assets/WelcomeView.js', '/assets/ProfileForm.js', '/assets/ProfileForm.css'],
    today: ['/assets/TodayView.js'],
    help: ['/assets/HelpView.js'],
    journal: ['/assets/JournalView.js'],
  },
}

const firstVisit = { pathname: '/', browserLanguages: ['sv-SE', 'en'], chosenLocale: null, hasProfile: false }

describe('the first screen preloader', () => {
  it('picks the first-run page and the browser language on a first visit', () => {
    expect(filesForFirstScreen(files, firstVisit)).toEqual([
      '/assets/sv-shell.js',
      '/assets/sv-content.js',
      '/assets/WelcomeView.js',
      '/assets/ProfileForm.js',
      '/assets/ProfileForm.css',
    ])
  })

  it('picks the page of the address once there is a profile, in the chosen language, with Today’s words', () => {
    const visit = { ...firstVisit, pathname: '/journal', chosenLocale: 'en', hasProfile: true }
    expect(filesForFirstScreen(files, visit)).toEqual([
      '/assets/en-shell.js',
      '/assets/en-content.js',
      '/assets/en-home.js',
      '/assets/JournalView.js',
    ])
    expect(filesForFirstScreen(files, { ...visit, pathname: '/' })).toEqual([
      '/assets/en-shell.js',
      '/assets/en-content.js',
      '/assets/en-home.js',
      '/assets/TodayView.js',
    ])
  })

  it('fetches each file once, even one both the words and the page import', () => {
    const shared = { ...files, pages: { ...files.pages, welcome: ['/assets/WelcomeView.js', '/assets/sv-content.js'] } }
    expect(filesForFirstScreen(shared, firstVisit)).toEqual([
      '/assets/sv-shell.js',
      '/assets/sv-content.js',
      '/assets/WelcomeView.js',
    ])
  })

  it('keeps a public page public without a profile', () => {
    expect(filesForFirstScreen(files, { ...firstVisit, pathname: '/help' })).toContain('/assets/HelpView.js')
  })

  it('falls back to English for a language the app does not have, or a choice it no longer has', () => {
    expect(filesForFirstScreen(files, { ...firstVisit, browserLanguages: ['de'] })[0]).toBe('/assets/en-shell.js')
    expect(filesForFirstScreen(files, { ...firstVisit, chosenLocale: 'fi' })[0]).toBe('/assets/sv-shell.js')
  })

  it('adds module preloads and style preloads in the mode Vite loads them with', () => {
    document.head.innerHTML = `<script type="application/json" id="first-screen-files">${JSON.stringify(files)}</script>`
    preloadFirstScreen(document)
    const links = [...document.head.querySelectorAll('link')].map((link) => [
      link.rel,
      link.getAttribute('as'),
      link.getAttribute('href'),
      link.crossOrigin,
    ])
    expect(links).toContainEqual(['modulepreload', null, '/assets/WelcomeView.js', ''])
    expect(links).toContainEqual(['preload', 'style', '/assets/ProfileForm.css', ''])
    expect(links).toHaveLength(5)
  })

  it('does nothing without the list the build writes (the dev server)', () => {
    document.head.innerHTML = ''
    preloadFirstScreen(document)
    expect(document.head.querySelectorAll('link')).toHaveLength(0)
  })
})
