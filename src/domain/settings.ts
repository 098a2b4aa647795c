export const themes = ['system', 'light', 'dark', 'night'] as const
export type Theme = (typeof themes)[number]

export interface Settings {
  /** null: follow the browser's languages. */
  locale: string | null
  theme: Theme
  /** When the app was last opened, to show what became due since then. */
  lastOpenedAt: number | null
  lastBackupAt: number | null
}

export const defaultSettings: Readonly<Settings> = {
  locale: null,
  theme: 'system',
  lastOpenedAt: null,
  lastBackupAt: null,
}

export type SettingKey = keyof Settings
