import { describe, expect, it, vi } from 'vitest'
import { database, onConnectionEvent, type ConnectionEvent } from '@/db/connection'
import { classifyOpenFailure, classifyStorageError, isStorageError, retryingLostConnection } from '@/db/errors'

const dom = (name: string, message = name) => new DOMException(message, name)
/** Dexie's shape: a named error with the browser's error as `inner`. */
const dexie = (name: string, inner?: unknown, message = name) => Object.assign(new Error(message), { name, inner })

describe('storage error classification', () => {
  it.each([
    ['a quota error', dom('QuotaExceededError'), 'quota'],
    ['a quota error inside an AbortError', dexie('AbortError', dom('QuotaExceededError')), 'quota'],
    [
      'a quota error inside a bulk failure',
      Object.assign(dexie('BulkError'), { failures: [dom('QuotaExceededError')] }),
      'quota',
    ],
    [
      "Safari's lost connection",
      dexie('UnknownError', undefined, 'Connection to Indexed Database server lost. Refresh the page to try again'),
      'connectionLost',
    ],
    [
      'a connection closing after backgrounding',
      dom('InvalidStateError', "Failed to execute 'transaction' on 'IDBDatabase': The database connection is closing."),
      'connectionLost',
    ],
    [
      'private mode refusing to open',
      dexie(
        'OpenFailedError',
        dom('InvalidStateError', 'A mutation operation was attempted on a database that did not allow mutations.'),
      ),
      'unavailable',
    ],
    ['no IndexedDB at all', dexie('MissingAPIError'), 'unavailable'],
    ['a newer schema on disk', dexie('VersionError'), 'versionChange'],
    ['a constraint failure', dexie('ConstraintError'), 'writeFailed'],
  ])('recognises %s', (_, error, kind) => {
    expect(classifyStorageError(error)).toBe(kind)
    expect(isStorageError(error)).toBe(true)
  })

  it('does not mistake an ordinary bug for a storage problem', () => {
    expect(isStorageError(new TypeError('x is undefined'))).toBe(false)
  })

  it('retries once after a lost connection, then gives up', async () => {
    const lost = dexie('UnknownError', undefined, 'Connection to Indexed Database server lost')
    const flaky = vi.fn().mockRejectedValueOnce(lost).mockResolvedValue('saved')
    expect(await retryingLostConnection(flaky)).toBe('saved')
    expect(flaky).toHaveBeenCalledTimes(2)
    const broken = vi.fn().mockRejectedValue(lost)
    await expect(retryingLostConnection(broken)).rejects.toBe(lost)
    expect(broken).toHaveBeenCalledTimes(2)
    const quota = vi.fn().mockRejectedValue(dom('QuotaExceededError'))
    await expect(retryingLostConnection(quota)).rejects.toThrow()
    expect(quota).toHaveBeenCalledTimes(1)
  })
})

describe('connection events', () => {
  it('closes and reports when another tab opens a newer version', async () => {
    const db = await database()
    const events: ConnectionEvent[] = []
    const stop = onConnectionEvent((event) => events.push(event))
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(db.name, 1_000)
      request.onsuccess = () => {
        request.result.close()
        resolve()
      }
      request.onerror = () => reject(request.error)
    })
    expect(events).toEqual([{ kind: 'versionChange' }])
    expect(db.isOpen()).toBe(false)
    stop()
  })

  it('reports a database that cannot be opened and tries again on the next call', async () => {
    const events: ConnectionEvent[] = []
    const stop = onConnectionEvent((event) => events.push(event))
    const open = vi.spyOn(indexedDB, 'open').mockImplementationOnce(() => {
      throw dom('InvalidStateError', 'A mutation operation was attempted on a database that did not allow mutations.')
    })
    const { useDatabaseNamed } = await import('@/db/connection')
    await useDatabaseNamed(`broken-${Date.now()}`)
    await expect(database()).rejects.toMatchObject({ name: 'InvalidStateError' })
    expect(events[0]).toMatchObject({ kind: 'openFailed' })
    expect(classifyOpenFailure((events[0] as { error: unknown }).error)).toBe('unavailable')
    expect((await database()).isOpen()).toBe(true)
    // Once refused, once again on the next call.
    expect(open).toHaveBeenCalledTimes(2)
    stop()
  })
})
