/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import { VitePWA } from 'vite-plugin-pwa'
import { localeFromPath } from './src/domain/locale.ts'
import { pages } from './src/pages.ts'
import { firstPaintScript } from './build/firstPaintScript.ts'

const localesDir = fileURLToPath(new URL('./locales/', import.meta.url))

// A meta tag cannot carry frame-ancestors; static hosts should also send it as a header (README).
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

// Only in the build: the dev server injects inline styles for hot reload.
const cspInBuild: Plugin = {
  name: 'cocoon-csp',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace(
      '<meta charset="UTF-8" />',
      `$&\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
    ),
}

/**
 * Top-level locale namespaces the app shell paints with (header, navigation, banners and lock screen,
 * which render before any route). Everything else is "content" and loads right after the first paint,
 * in parallel with the database, so the JavaScript for the first paint stays small.
 */
const shellNamespaces = ['app', 'nav', 'update', 'lock', 'storageProblem', 'whatsNew']

/**
 * Serves `locales/<lang>.json?part=shell|content` as the matching subset of the one file per language,
 * which the i18n plugin then precompiles like any locale file.
 */
function localeParts(localesDir: string): Plugin {
  return {
    name: 'cocoon-locale-parts',
    enforce: 'pre',
    async load(id) {
      const [path, query] = id.split('?')
      if (!query || !path!.startsWith(localesDir) || !path!.endsWith('.json')) return
      const part = new URLSearchParams(query).get('part')
      if (part !== 'shell' && part !== 'content') return
      this.addWatchFile(path!)
      const messages = JSON.parse(await readFile(path!, 'utf8')) as Record<string, unknown>
      const inShell = (namespace: string) => shellNamespaces.includes(namespace)
      return JSON.stringify(
        Object.fromEntries(Object.entries(messages).filter(([namespace]) => inShell(namespace) === (part === 'shell'))),
      )
    },
  }
}

/**
 * Writes into index.html which files each language and each page needs (the chunk, what it imports
 * and its CSS, minus what the HTML already loads), and loads src/preload.ts ahead of the app, so it
 * can fetch the first screen's at once instead of after the app's code has run. The preloader is an
 * entry of its own (build.rolldownOptions.input): Vite would merge a second script in index.html into
 * the app's entry, which runs only once all of the app's code is in.
 */
function firstScreenFiles(localesDir: string): Plugin {
  return {
    name: 'cocoon-first-screen-files',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return []
        const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []))
        const byFileName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
        const filesOf = (entry: (typeof chunks)[number]): string[] => {
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
        for (const chunk of chunks) {
          const [path] = (chunk.facadeModuleId ?? '').split('?')
          const locale = path!.startsWith(localesDir) ? localeFromPath(path!) : undefined
          if (locale) locales[locale] = [...(locales[locale] ?? []), ...filesOf(chunk)]
        }
        const pageFiles: Record<string, string[]> = {}
        for (const page of pages) {
          const chunk = chunks.find((candidate) => candidate.facadeModuleId?.endsWith(`/src/views/${page.view}.vue`))
          // A view imported statically somewhere would lose its own chunk, and the preloader its list.
          if (!chunk) throw new Error(`The page ${page.name} (src/views/${page.view}.vue) has no chunk of its own.`)
          pageFiles[page.name] = filesOf(chunk)
        }
        const files = JSON.stringify({ locales, pages: pageFiles })
        const preloader = chunks.find((chunk) => chunk.isEntry && chunk.facadeModuleId?.endsWith('/src/preload.ts'))
        if (!preloader) throw new Error('The first-screen preloader (src/preload.ts) is missing from the build.')
        const [preloaderFile, ...preloaderImports] = filesOf(preloader)
        return [
          {
            tag: 'script',
            attrs: { type: 'application/json', id: 'first-screen-files' },
            children: files,
            injectTo: 'head' as const,
          },
          // async: it runs as soon as it is in, not after the app's script above it.
          {
            tag: 'script',
            attrs: { type: 'module', async: true, crossorigin: '', src: preloaderFile },
            injectTo: 'head' as const,
          },
          ...preloaderImports.map((href) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href },
            injectTo: 'head' as const,
          })),
        ]
      },
    },
  }
}

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }

/**
 * Each language's name for itself ("Svenska"), from Node's own ICU data: asking the browser's Intl at
 * run time would cost the first-run page tens of milliseconds on a slow phone.
 */
const localeNames = Object.fromEntries(
  readdirSync(localesDir).flatMap((file) => {
    const locale = localeFromPath(file)
    if (!locale) return []
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale
    return [[locale, name.charAt(0).toLocaleUpperCase(locale) + name.slice(1)]]
  }),
)

export default defineConfig({
  define: {
    'import.meta.env.APP_VERSION': JSON.stringify(version),
    __LOCALE_NAMES__: JSON.stringify(localeNames),
  },
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    manifest: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        preload: fileURLToPath(new URL('./src/preload.ts', import.meta.url)),
      },
    },
  },
  plugins: [
    vue(),
    cspInBuild,
    localeParts(localesDir),
    firstScreenFiles(localesDir),
    firstPaintScript(fileURLToPath(new URL('./src/startup/firstPaintScript.ts', import.meta.url)), {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    }),
    VueI18nPlugin({
      include: [`${localesDir}**`],
      // Messages are compiled at build time so the runtime needs neither the compiler nor eval (CSP).
      dropMessageCompiler: true,
      // Components such as <I18nT> are imported where used instead of registered globally.
      fullInstall: false,
      runtimeOnly: true,
      strictMessage: false,
      escapeHtml: false,
    }),
    VitePWA({
      // 'prompt', not 'autoUpdate': a silent reload could throw away a half-written journal entry.
      registerType: 'prompt',
      injectRegister: null,
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Cocoon',
        short_name: 'Cocoon',
        description:
          'A calm postpartum companion: the right guidance at the right moment, calm tools and a private mood journal that stays on your phone.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#f6efe9',
        background_color: '#f6efe9',
        categories: ['health', 'lifestyle'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Overriding globPatterns replaces the default, so every type the app loads is listed.
        globPatterns: ['**/*.{html,js,css,json,svg,png,ico,webmanifest,woff2,txt}'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // The first install controls the open page at once, so it works offline without a reload.
        // Updates still wait for the parent's tap (prompt), which is what sends skipWaiting.
        clientsClaim: true,
      },
    }),
  ],
  test: {
    environment: 'happy-dom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
    restoreMocks: true,
  },
})
