// The log in one lazily loaded chunk: the page, the timer pill shown on every page and the
// quick-log bar on Today. Each extra chunk would add its file names to the first-paint JavaScript.
export { default as LogPage } from './LogPage.vue'
export { default as QuickLogBar } from './QuickLogBar.vue'
export { default as TimerPill } from './TimerPill.vue'
