import { defineStore } from 'pinia'
import { computed, reactive, ref } from 'vue'
import { defaultSettings, type SettingKey, type Settings } from '@/domain/settings'
import { loadSettings, saveSetting } from '@/db/settings'
import { useFirstPaintHints } from '@/composables/useFirstPaintHints'
import { preferredLocale, setLocale } from '@/i18n'

export const useSettingsStore = defineStore('settings', () => {
  const hints = useFirstPaintHints()
  const settings = reactive<Settings>({ ...defaultSettings, locale: hints.locale(), theme: hints.theme() ?? 'system' })
  const loaded = ref(false)

  const locale = computed(() => settings.locale ?? preferredLocale(navigator.languages))

  async function load(): Promise<void> {
    Object.assign(settings, await loadSettings())
    loaded.value = true
    hints.rememberLocale(settings.locale)
    hints.rememberTheme(settings.theme)
    await setLocale(locale.value)
  }

  async function update<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
    await saveSetting(key, value)
    settings[key] = value
    if (key === 'locale') {
      hints.rememberLocale(settings.locale)
      await setLocale(locale.value)
    }
    if (key === 'theme') hints.rememberTheme(settings.theme)
  }

  return { settings, loaded, locale, load, update }
})
