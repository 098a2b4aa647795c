// The log in one lazily loaded chunk: the page, the timer pill shown on every page, the quick-log
// bar on Today and Today's link to the care-visit questions. Each extra chunk would add its file
// names to the first-paint JavaScript (a chunk of its own for the link cost 0.4 KB there).
export { default as LogPage } from './LogPage.vue'
export { default as QuickLogBar } from './QuickLogBar.vue'
export { default as TimerPill } from './TimerPill.vue'
export { default as TodayQuestionsLink } from '../TodayQuestionsLink.vue'
