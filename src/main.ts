import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { chosenLocale, i18n, setLocale } from './i18n'
import { router } from './router'
import { applyTheme, lastAppliedTheme } from './startup/documentTheme'
import { PREPAINTED_ATTRIBUTE } from './startup/prepainted'
import { markFirstPageShown } from './composables/firstPageShown'
import { useFirstPaintHints } from './composables/useFirstPaintHints'
import './styles/tokens.css'
import './styles/base.css'

const hints = useFirstPaintHints()
applyTheme(lastAppliedTheme() ?? 'system')

// Started before the router so that its first navigation waits for this language's content, and the
// database, the locale and the first page's code all load side by side.
const wordsReady = setLocale(chosenLocale(hints.locale(), navigator.languages), { awaitContent: false })
const app = createApp(App).use(createPinia()).use(i18n).use(router)
// The frame (header and navigation) shows as soon as its words are in; the first page follows when it
// is ready. Two smaller tasks than one, which keeps a slow phone responsive while it starts.
await wordsReady
// Today's age already painted from its snapshot stays until the whole page can replace it at once.
if (document.getElementById('app')?.hasAttribute(PREPAINTED_ATTRIBUTE)) await router.isReady().catch(() => undefined)
app.mount('#app')
// The frame showing the first page is drawn between these two animation frames.
void router
  .isReady()
  .catch(() => undefined)
  .then(() => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(markFirstPageShown))))
