import { defineStore } from 'pinia'
import { computed, reactive, ref } from 'vue'
import { defaultSettings, type SettingKey, type Settings } from '@/domain/settings'
import { isStorageError } from '@/db/errors'
import { loadSettings, saveSetting } from '@/db/settings'
import { useFirstPaintHints } from '@/composables/useFirstPaintHints'
import { chosenLocale, setLocale } from '@/i18n'
import { useStorageStore } from './storage'

export const useSettingsStore = defineStore('settings', () => {
  const hints = useFirstPaintHints()
  const storage = useStorageStore()
  const settings = reactive<Settings>({ ...defaultSettings, locale: hints.locale() })
  const loaded = ref(false)
  let loading: Promise<void> | undefined

  const locale = computed(() => chosenLocale(settings.locale, navigator.languages))

  function load(): Promise<void> {
    loading ??= loadSettings().then(async (stored) => {
      Object.assign(settings, stored)
      loaded.value = true
      hints.rememberLocale(settings.locale)
      await setLocale(locale.value)
    })
    return loading
  }

  /** Throws when it could not be saved (the storage banner says why); nothing changes then. */
  async function update<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
    await storage.guard(() => saveSetting(key, value))
    settings[key] = value
    if (key === 'locale') {
      hints.rememberLocale(settings.locale)
      await setLocale(locale.value)
    }
  }

  /**
   * For a choice nobody waits on (a picker, a dismissal): a storage failure is already on the banner,
   * so it ends here instead of as an unhandled rejection. Says whether it was saved.
   */
  async function remember<K extends SettingKey>(key: K, value: Settings[K]): Promise<boolean> {
    try {
      await update(key, value)
      return true
    } catch (error) {
      if (isStorageError(error)) return false
      throw error
    }
  }

  return { settings, loaded, locale, load, update, remember }
})
