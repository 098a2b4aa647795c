import { toValue, watchEffect, type MaybeRefOrGetter } from 'vue'
import type { Theme } from '@/domain/settings'

const themeColors: Record<Exclude<Theme, 'system'>, string> = {
  light: '#f6efe9',
  dark: '#1c2233',
  night: '#140f0c',
}

/** Applies a theme to the document: a data attribute for the CSS, and the browser's theme colour. */
export function applyTheme(theme: Theme, doc: Document = document): void {
  const root = doc.documentElement
  const metas = [...doc.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')]
  if (theme === 'system') {
    delete root.dataset.theme
    metas.forEach((meta) => {
      meta.content = meta.media.includes('dark') ? themeColors.dark : themeColors.light
    })
    return
  }
  root.dataset.theme = theme
  metas.forEach((meta) => {
    meta.content = themeColors[theme]
  })
}

/** Keeps the document's theme in step with a setting. */
export function useTheme(theme: MaybeRefOrGetter<Theme>): void {
  watchEffect(() => applyTheme(toValue(theme)))
}
