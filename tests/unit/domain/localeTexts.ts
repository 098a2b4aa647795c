import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The locale files as plain JSON. Importing them would hand back compiled messages, because the
 * i18n build plugin transforms every file in locales/.
 */
export function readLocale<T>(language: string): T {
  return JSON.parse(readFileSync(join(__dirname, '../../../locales', `${language}.json`), 'utf8')) as T
}

export const languages = ['en', 'sv', 'nl'] as const
