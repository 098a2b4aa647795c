import { applyTheme, lastAppliedTheme } from './documentTheme'
import { paintTodayWhenReady } from './firstPaint'

// A classic script at the end of index.html's body (build/firstPaintScript.ts): it runs before the
// app's modules, so a parent at 3 a.m. gets the night theme and Today's age before anything else.
applyTheme(lastAppliedTheme() ?? 'system')
paintTodayWhenReady()
