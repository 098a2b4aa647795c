// The floor for bench/instant.mjs: Vue and nothing else, built by the same Vite, showing Today's age line.
import { createApp, h } from 'vue'

createApp({
  render: () => h('main', [h('h1', 'Today'), h('p', 'Your baby is 7 days old.')]),
}).mount('#app')
