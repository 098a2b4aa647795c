import { reloadOnceIfStartFails } from './startRecovery'
import { applyTheme, lastAppliedTheme } from './documentTheme'
import { paintTodayWhenReady } from './firstPaint'

// A classic script at the end of index.html's body (build/firstPaintScript.ts): it runs before the
// app's modules, so a parent at 3 a.m. gets the night theme and Today's age before anything else,
// and a start whose code fails to load is caught from the very first module on.
reloadOnceIfStartFails()
applyTheme(lastAppliedTheme() ?? 'system')
paintTodayWhenReady()
