import 'fake-indexeddb/auto'
import { afterEach, beforeEach } from 'vitest'
import { DEFAULT_DATABASE_NAME, useDatabaseNamed } from '@/db/connection'

let counter = 0

// A fresh database per test, deleted afterwards, so no test sees another's rows.
beforeEach(async () => {
  counter += 1
  await useDatabaseNamed(`cocoon-test-${process.pid}-${counter}`)
})

afterEach(async () => {
  const name = `cocoon-test-${process.pid}-${counter}`
  await useDatabaseNamed(DEFAULT_DATABASE_NAME)
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name)
    request.onsuccess = request.onerror = request.onblocked = () => resolve()
  })
})
