/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import { VitePWA } from 'vite-plugin-pwa'

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
    html.replace('<meta charset="UTF-8" />', `$&\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`),
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
      return JSON.stringify(Object.fromEntries(Object.entries(messages).filter(([namespace]) => inShell(namespace) === (part === 'shell'))))
    },
  }
}

/**
 * Every first screen needs the database (Dexie) to know whether there is a profile, but it is a
 * dynamic import so that it stays out of the first paint's JavaScript. Preloading it from the HTML
 * starts its download with the entry's instead of after the entry has run.
 */
function preloadChunks(moduleSuffixes: readonly string[]): Plugin {
  return {
    name: 'cocoon-preload-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return []
        const chunks = new Map(Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [[output.fileName, output] as const] : [])))
        const wanted = new Set<string>()
        const add = (fileName: string) => {
          if (wanted.has(fileName)) return
          wanted.add(fileName)
          chunks.get(fileName)?.imports.forEach(add)
        }
        for (const chunk of chunks.values()) if (moduleSuffixes.some((suffix) => chunk.facadeModuleId?.endsWith(suffix))) add(chunk.fileName)
        // The chunk and everything it imports (Dexie itself sits in a chunk of its own), minus what the HTML already loads.
        return [...wanted]
          .filter((fileName) => !html.includes(`/${fileName}"`))
          .map((fileName) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `/${fileName}` }, injectTo: 'head' as const }))
      },
    },
  }
}

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }

export default defineConfig({
  define: {
    'import.meta.env.APP_VERSION': JSON.stringify(version),
  },
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    manifest: true,
    target: 'es2022',
  },
  plugins: [
    vue(),
    cspInBuild,
    localeParts(localesDir),
    preloadChunks(['/src/db/database.ts']),
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
        description: 'A calm postpartum companion: the right guidance at the right moment, calm tools and a private mood journal that stays on your phone.',
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
