import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { emptyProfile, type Profile } from '@/domain/profile'
import { loadProfile, saveProfile } from '@/db/profile'
import { useFirstPaintHints } from '@/composables/useFirstPaintHints'
import { useStoragePersistence } from '@/composables/useStoragePersistence'
import { useStorageStore } from './storage'

export const useProfileStore = defineStore('profile', () => {
  const profile = ref<Profile | null>(null)
  const loaded = ref(false)
  const persistence = useStoragePersistence()
  const storage = useStorageStore()
  const hints = useFirstPaintHints()
  let loading: Promise<void> | undefined

  const hasProfile = computed(() => profile.value !== null)
  const isBorn = computed(() => profile.value?.birthAt != null)
  const birthAt = computed(() => profile.value?.birthAt ?? null)
  /** The birth instant with the profile it belongs to, once the baby is here: what the timeline is worked out from. */
  const birth = computed(() => {
    const current = profile.value
    return current?.birthAt != null ? { birthAt: current.birthAt, profile: current } : null
  })

  function load(): Promise<void> {
    loading ??= loadProfile().then((stored) => {
      profile.value = stored
      loaded.value = true
      hints.rememberHasProfile(stored !== null)
    })
    return loading
  }

  /** Reads the profile again: the family's other phone may have brought the birth details. */
  function reload(): Promise<void> {
    loading = undefined
    hints.rememberTodaySnapshot(null)
    return load()
  }

  /** Throws when it could not be saved (the storage banner says why), so nobody is told "saved". */
  async function save(next: Profile): Promise<void> {
    await storage.guard(() => saveProfile(next))
    profile.value = { ...next }
    hints.rememberHasProfile(true)
    // Today leaves a new one behind when it next shows; an old birth must never be painted.
    hints.rememberTodaySnapshot(null)
    // The first thing a parent saves is the moment to ask the browser to keep our data.
    void persistence.request().catch(() => undefined)
  }

  /**
   * "Baby is here": the birth is this instant; the parent can correct it in settings afterwards. The
   * caller says which due date stays (birthInput.ts, dueDateKeptAtBirth): a premature baby's corrected
   * age is read from it. Its rules stay out of this store, which every first paint loads.
   */
  async function stampBirth(at: number, dueDate: string | null = null): Promise<void> {
    await save({ ...(profile.value ?? emptyProfile()), birthAt: at, dueDate })
  }

  return { profile, loaded, hasProfile, isBorn, birthAt, birth, load, reload, save, stampBirth, persistence }
})
