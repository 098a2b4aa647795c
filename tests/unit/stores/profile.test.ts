import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useFirstPaintHints } from '@/composables/useFirstPaintHints'
import { emptyProfile } from '@/domain/profile'
import { useProfileStore } from '@/stores/profile'

describe('the profile store', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('leaves a hint that there is a profile, for the next start to fetch the right first page', async () => {
    const hints = useFirstPaintHints()
    await useProfileStore().load()
    expect(hints.hasProfile()).toBe(false)
    await useProfileStore().save(emptyProfile('SE'))
    expect(hints.hasProfile()).toBe(true)
  })

  it('takes the hint back when the database has no profile after all', async () => {
    localStorage.setItem('cocoon.hasProfile', '1')
    await useProfileStore().load()
    expect(useFirstPaintHints().hasProfile()).toBe(false)
  })
})
