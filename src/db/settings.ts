import { defaultSettings, type SettingKey, type Settings } from '@/domain/settings'
import { database, existingDatabase } from './connection'

export async function loadSettings(): Promise<Settings> {
  const rows = (await (await existingDatabase())?.settings.toArray()) ?? []
  const settings: Settings = { ...defaultSettings }
  for (const row of rows) {
    if (row.key in defaultSettings) Object.assign(settings, { [row.key]: row.value })
  }
  return settings
}

export async function saveSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
  await (await database()).settings.put({ key, value })
}
