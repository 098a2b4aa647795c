import { onScopeDispose, readonly, ref, type Ref } from 'vue'

/** Whether the browser thinks it is online. Kept out of @vueuse for the first paint (see appWide.ts). */
export function useConnectivity(): Readonly<Ref<boolean>> {
  const online = ref(navigator.onLine)
  const update = () => {
    online.value = navigator.onLine
  }
  window.addEventListener('online', update)
  window.addEventListener('offline', update)
  onScopeDispose(() => {
    window.removeEventListener('online', update)
    window.removeEventListener('offline', update)
  })
  return readonly(online)
}
