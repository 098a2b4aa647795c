import { toValue, watchEffect, type MaybeRefOrGetter } from 'vue'
import type { Theme } from '@/domain/settings'
import { applyTheme, rememberAppliedTheme } from '@/startup/documentTheme'

/** Keeps the document's theme in step; null leaves the current one alone (settings still loading). */
export function useTheme(theme: MaybeRefOrGetter<Theme | null>): void {
  watchEffect(() => {
    const current = toValue(theme)
    if (current === null) return
    applyTheme(current)
    rememberAppliedTheme(current)
  })
}
