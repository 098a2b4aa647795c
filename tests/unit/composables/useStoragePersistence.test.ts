import { describe, expect, it, vi } from 'vitest'
import { createStoragePersistence } from '@/composables/useStoragePersistence'

function fakeStorage(grants: boolean) {
  let persisted = false
  return {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => (persisted = grants)),
  } as unknown as StorageManager & { persist: ReturnType<typeof vi.fn> }
}

describe('storage persistence', () => {
  it('asks the browser once and reports a granted request', async () => {
    const storage = fakeStorage(true)
    const persistence = createStoragePersistence(storage)
    expect(await persistence.request()).toBe('persisted')
    expect(await persistence.request()).toBe('persisted')
    expect(storage.persist).toHaveBeenCalledTimes(1)
    expect(persistence.state.value).toBe('persisted')
  })

  it('reports best effort when the browser says no', async () => {
    const persistence = createStoragePersistence(fakeStorage(false))
    expect(await persistence.request()).toBe('best-effort')
    expect(await persistence.refresh()).toBe('best-effort')
  })

  it('reports a browser without the storage API as unsupported', async () => {
    const persistence = createStoragePersistence(undefined)
    expect(persistence.state.value).toBe('unsupported')
    expect(await persistence.request()).toBe('unsupported')
  })
})
