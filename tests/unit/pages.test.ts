import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FIRST_RUN_PAGE, HOME_PAGE, needsFirstRun, pageForPath, pages } from '@/pages'
import { router } from '@/router'

describe('pages', () => {
  it('each have a view file and a route of the same name', () => {
    for (const page of pages) {
      expect(existsSync(`src/views/${page.view}.vue`), page.view).toBe(true)
      expect(router.resolve({ name: page.name }).matched[0]?.components?.default, page.name).toBeTypeOf('function')
    }
  })

  it('send anyone without a profile to the first-run page, except public pages', () => {
    expect(needsFirstRun(pageForPath('/journal'), false)).toBe(true)
    expect(needsFirstRun(pageForPath('/journal'), true)).toBe(false)
    expect(needsFirstRun(pageForPath('/help'), false)).toBe(false)
    expect(needsFirstRun(pageForPath(`/${FIRST_RUN_PAGE}`), false)).toBe(false)
  })

  it.each([
    ['/', HOME_PAGE],
    ['/timeline', 'timeline'],
    ['/timeline/3', 'timeline'],
    ['/help', 'help'],
    ['/help/', 'help'],
    ['/sources', 'sources'],
  ])('guess that %s shows %s, as the router decides', (path, name) => {
    expect(pageForPath(path).name).toBe(name)
    expect(router.resolve(path).name).toBe(name)
  })

  it('guess the home page for an unknown address, where the router redirects', () => {
    expect(pageForPath('/no-such-page').name).toBe(HOME_PAGE)
    expect(router.resolve('/no-such-page').matched[0]?.redirect).toEqual({ name: HOME_PAGE })
  })
})
