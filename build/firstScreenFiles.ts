import type { HtmlTagDescriptor, Plugin } from 'vite'
import { localeFromPath } from '../src/domain/locale.ts'
import { pages as appPages, type Page } from '../src/pages.ts'

/** What of a built chunk the file lists need: the parts of Rolldown's output chunk this reads. */
export interface BuiltChunk {
  fileName: string
  isEntry: boolean
  facadeModuleId: string | null
  imports: string[]
  viteMetadata?: { importedCss: Set<string> }
}

export interface FirstScreenManifest {
  /**
   * Per language and per page: the files to fetch, minus what index.html already loads. `locales` are
   * the words every page needs (shell and first-run page), `homeWords` those every page but the first-run
   * page needs.
   */
  files: { locales: Record<string, string[]>; homeWords: Record<string, string[]>; pages: Record<string, string[]> }
  /** The preloader's own file first, then what it imports. */
  preloader: string[]
}

/**
 * Which files each language and each page needs (the chunk, what it imports and its CSS, minus what
 * the HTML already loads). Throws when a page has no chunk of its own or the preloader is missing:
 * either would silently bring back the second wave of requests.
 */
export function firstScreenManifest(
  chunks: readonly BuiltChunk[],
  html: string,
  localesDir: string,
  pages: readonly Pick<Page, 'name' | 'view'>[] = appPages,
): FirstScreenManifest {
  const byFileName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
  const filesOf = (entry: BuiltChunk): string[] => {
    const seen = new Set<string>()
    const visit = (fileName: string) => {
      const chunk = byFileName.get(fileName)
      if (!chunk || seen.has(fileName)) return
      seen.add(fileName)
      chunk.imports.forEach(visit)
      chunk.viteMetadata?.importedCss.forEach((css) => seen.add(css))
    }
    visit(entry.fileName)
    return [...seen].filter((fileName) => !html.includes(`/${fileName}"`)).map((fileName) => `/${fileName}`)
  }
  const locales: Record<string, string[]> = {}
  const homeWords: Record<string, string[]> = {}
  for (const chunk of chunks) {
    const [path, query] = (chunk.facadeModuleId ?? '').split('?')
    const part = new URLSearchParams(query).get('part')
    // The words of the other pages are no part of a first screen: the router loads them when needed.
    if (part === 'pages') continue
    const locale = path!.startsWith(localesDir) ? localeFromPath(path!) : undefined
    const list = part === 'home' ? homeWords : locales
    if (locale) list[locale] = [...(list[locale] ?? []), ...filesOf(chunk)]
  }
  const pageFiles: Record<string, string[]> = {}
  for (const page of pages) {
    const chunk = chunks.find((candidate) => candidate.facadeModuleId?.endsWith(`/src/views/${page.view}.vue`))
    // A view imported statically somewhere would lose its own chunk, and the preloader its list.
    if (!chunk) throw new Error(`The page ${page.name} (src/views/${page.view}.vue) has no chunk of its own.`)
    pageFiles[page.name] = filesOf(chunk)
  }
  const preloader = chunks.find((chunk) => chunk.isEntry && chunk.facadeModuleId?.endsWith('/src/startup/preload.ts'))
  if (!preloader) throw new Error('The first-screen preloader (src/startup/preload.ts) is missing from the build.')
  return { files: { locales, homeWords, pages: pageFiles }, preloader: filesOf(preloader) }
}

/**
 * Writes the file lists into index.html and loads src/startup/preload.ts ahead of the app, so it can
 * fetch the first screen's files at once instead of after the app's code has run. The preloader is an
 * entry of its own (build.rolldownOptions.input): Vite would merge a second script in index.html into
 * the app's entry, which runs only once all of the app's code is in.
 */
export function firstScreenFiles(localesDir: string): Plugin {
  return {
    name: 'cocoon-first-screen-files',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }): HtmlTagDescriptor[] {
        if (!bundle) return []
        const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []))
        const { files, preloader } = firstScreenManifest(chunks, html, localesDir)
        const [preloaderFile, ...preloaderImports] = preloader
        return [
          {
            tag: 'script',
            attrs: { type: 'application/json', id: 'first-screen-files' },
            children: JSON.stringify(files),
            injectTo: 'head',
          },
          // async: it runs as soon as it is in, not after the app's script above it.
          {
            tag: 'script',
            attrs: { type: 'module', async: true, crossorigin: '', src: preloaderFile },
            injectTo: 'head',
          },
          ...preloaderImports.map((href): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href },
            injectTo: 'head',
          })),
        ]
      },
    },
  }
}
