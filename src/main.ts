import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { i18n, preferredLocale, setLocale } from './i18n'
import { router } from './router'
import { applyTheme, lastAppliedTheme } from './composables/useTheme'
import { markFirstPageShown } from './composables/firstPageShown'
import { useFirstPaintHints } from './composables/useFirstPaintHints'
import './styles/tokens.css'
import './styles/base.css'

const hints = useFirstPaintHints()
applyTheme(lastAppliedTheme() ?? 'system')

/**
 * The app appears with its first page in one go rather than as an empty frame first, which would then
 * be drawn again. A first page that cannot get ready (another tab holding the database during an
 * upgrade) must not leave the screen blank, though: after a short wait the frame shows anyway, with
 * its banner saying what is wrong.
 */
const FIRST_PAGE_WAIT_MS = 3000

// Started before the router so that its first navigation waits for this language's content, and the
// database, the locale and the first page's code all load side by side.
const wordsReady = setLocale(hints.locale() ?? preferredLocale(navigator.languages), { awaitContent: false })
const app = createApp(App).use(createPinia()).use(i18n).use(router)
await wordsReady
await Promise.race([router.isReady().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, FIRST_PAGE_WAIT_MS))])
app.mount('#app')
// The frame showing it is drawn between these two animation frames.
requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(markFirstPageShown)))
