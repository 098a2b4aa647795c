import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { i18n, preferredLocale, setLocale } from './i18n'
import { router } from './router'
import { applyTheme, lastAppliedTheme } from './composables/useTheme'
import { useFirstPaintHints } from './composables/useFirstPaintHints'
import { useSettingsStore } from './stores/settings'
import './styles/tokens.css'
import './styles/base.css'

const hints = useFirstPaintHints()
applyTheme(lastAppliedTheme() ?? 'system')

// Started before the router so that its first navigation waits for this language's content, and the
// database, the locale and the first page's code all load side by side.
const localeReady = setLocale(hints.locale() ?? preferredLocale(navigator.languages), { awaitContent: false })
const app = createApp(App).use(createPinia()).use(i18n).use(router)
await localeReady
app.mount('#app')
void useSettingsStore().load()
