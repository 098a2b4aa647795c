import { describe, expect, it } from 'vitest'
import { firstScreenManifest, type BuiltChunk } from '../../../build/firstScreenFiles'

const localesDir = '/app/locales/'
const chunk = (
  fileName: string,
  facadeModuleId: string | null,
  imports: string[] = [],
  css: string[] = [],
): BuiltChunk => ({
  fileName,
  isEntry: facadeModuleId?.endsWith('main.ts') || facadeModuleId?.endsWith('preload.ts') || false,
  facadeModuleId,
  imports,
  viteMetadata: { importedCss: new Set(css) },
})
const pages = [
  { name: 'today', view: 'TodayView' },
  { name: 'log', view: 'LogView' },
]
const chunks = [
  chunk('assets/index.js', '/app/src/main.ts', ['assets/vue.js']),
  chunk('assets/vue.js', null),
  chunk('assets/preload.js', '/app/src/startup/preload.ts', ['assets/pages.js']),
  chunk('assets/pages.js', null),
  chunk('assets/Today.js', '/app/src/views/TodayView.vue', ['assets/vue.js', 'assets/card.js'], ['assets/Today.css']),
  chunk('assets/card.js', null, [], ['assets/card.css']),
  chunk('assets/Log.js', '/app/src/views/LogView.vue', ['assets/card.js']),
  chunk('assets/sv.js', '/app/locales/sv.json?part=content'),
  chunk('assets/sv-home.js', '/app/locales/sv.json?part=home'),
  chunk('assets/sv-pages.js', '/app/locales/sv.json?part=pages'),
]
const html = '<script type="module" src="/assets/index.js"></script><link rel="modulepreload" href="/assets/vue.js">'

describe('firstScreenManifest', () => {
  it("lists each page's chunk, what it imports and its CSS, minus what index.html already loads", () => {
    const { files } = firstScreenManifest(chunks, html, localesDir, pages)
    expect(files.pages.today!.sort()).toEqual([
      '/assets/Today.css',
      '/assets/Today.js',
      '/assets/card.css',
      '/assets/card.js',
    ])
    expect(files.pages.log!.sort()).toEqual(['/assets/Log.js', '/assets/card.css', '/assets/card.js'])
    // Today's words are listed apart (the first-run page does without them); the other pages' words
    // are fetched by the router when needed, never with a first screen.
    expect(files.locales).toEqual({ sv: ['/assets/sv.js'] })
    expect(files.homeWords).toEqual({ sv: ['/assets/sv-home.js'] })
  })

  it('puts the preloader first, then what it imports', () => {
    expect(firstScreenManifest(chunks, html, localesDir, pages).preloader).toEqual([
      '/assets/preload.js',
      '/assets/pages.js',
    ])
  })

  it('fails the build when a page has no chunk of its own or the preloader is missing', () => {
    expect(() => firstScreenManifest(chunks, html, localesDir, [...pages, { name: 'calm', view: 'CalmView' }])).toThrow(
      /calm/,
    )
    expect(() =>
      firstScreenManifest(
        chunks.filter((candidate) => candidate.fileName !== 'assets/preload.js'),
        html,
        localesDir,
        pages,
      ),
    ).toThrow(/preloader/)
  })
})
