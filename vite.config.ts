/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import { VitePWA } from 'vite-plugin-pwa'
import { localeFromPath } from './src/domain/locale.ts'
import { firstPaintScript } from './build/firstPaintScript.ts'
import { cspInBuild } from './build/contentSecurityPolicy.ts'
import { localeParts } from './build/localeParts.ts'
import { firstScreenFiles } from './build/firstScreenFiles.ts'

const localesDir = fileURLToPath(new URL('./locales/', import.meta.url))

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
    modulePreload: {
      /*
       * A page's import from the app's entry lists every file the page needs, so that they download at
       * once; those names sit in the entry, which every first screen loads. Only the two first screens
       * (Today, the first run) keep their whole list; any other page keeps its style sheets (Vite
       * injects a chunk's CSS only through this list) and its scripts follow its own imports, from the
       * service worker's cache once installed. A page like the family's no longer costs the first paint.
       */
      resolveDependencies: (file, deps) =>
        /View-/.test(file) && !/(Today|Welcome)View-/.test(file) ? deps.filter((dep) => dep.endsWith('.css')) : deps,
    },
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        preload: fileURLToPath(new URL('./src/startup/preload.ts', import.meta.url)),
      },
    },
  },
  plugins: [
    vue(),
    cspInBuild(),
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
