import { defineStore } from 'pinia'
import { useLiveLink } from '@/composables/useLiveLink'

/**
 * The live connection lives as long as the app, not the family page: the parents set it up there,
 * then go on to log, and their edits keep going across.
 */
export const useFamilyLiveStore = defineStore('familyLive', () => useLiveLink())
