import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import BackupImport from '@/components/BackupImport.vue'
import { checkBackup, type BackupCheck } from '@/domain/backupValidation'
import { useBackupStore } from '@/stores/backup'
import { mountWithApp } from './mountWithApp'

enableAutoUnmount(afterEach)

const NOW = Date.UTC(2026, 10, 1)
const corpus = join(process.cwd(), 'tests/fixtures/backups/good')
const checked = (name: string) => checkBackup(readFileSync(join(corpus, name), 'utf8'), NOW)

function deferred() {
  let resolve!: (check: BackupCheck) => void
  const promise = new Promise<BackupCheck>((done) => (resolve = done))
  return { promise, resolve }
}

async function choose(wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper'], name: string) {
  const input = wrapper.find('#backup-file')
  Object.defineProperty(input.element, 'files', { value: [new File(['{}'], name)], configurable: true })
  await input.trigger('change')
}

describe('choosing backup files one after another', () => {
  it('answers only for the latest file, and offers no Restore while a file is being checked', async () => {
    const { wrapper } = await mountWithApp(BackupImport)
    const backup = useBackupStore()
    const first = deferred()
    const second = deferred()
    vi.spyOn(backup, 'inspect').mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise)
    const restore = vi.spyOn(backup, 'restore')

    await choose(wrapper, 'large.json')
    expect(wrapper.find('[data-testid="backup-checking"]').exists()).toBe(true)
    expect(wrapper.find('button[type="submit"]').exists()).toBe(false)
    await choose(wrapper, 'small.json')

    second.resolve(checked('v2-readable-journal.json'))
    await flushPromises()
    first.resolve(checked('v2-nothing-yet.json'))
    await flushPromises()

    expect(wrapper.find('[data-testid="backup-checking"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="backup-summary"]').text()).toContain('3 journal entries')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(restore).toHaveBeenCalledTimes(1)
    expect(restore.mock.calls[0]![0].journal).toHaveLength(3)
  })

  it('keeps Restore unavailable while a second file is checked after a first one was found good', async () => {
    const { wrapper } = await mountWithApp(BackupImport)
    const backup = useBackupStore()
    const second = deferred()
    vi.spyOn(backup, 'inspect')
      .mockResolvedValueOnce(checked('v2-readable-journal.json'))
      .mockReturnValueOnce(second.promise)
    await choose(wrapper, 'first.json')
    await flushPromises()
    expect(wrapper.find('button[type="submit"]').exists()).toBe(true)
    await choose(wrapper, 'second.json')
    expect(wrapper.find('button[type="submit"]').exists()).toBe(false)
    second.resolve(checked('v2-nothing-yet.json'))
    await flushPromises()
    expect(wrapper.find('[data-testid="backup-summary"]').text()).toContain('0 journal entries')
  })
})

describe('what a chosen backup holds', () => {
  it.each([
    ['en', "It also holds 8 records from the baby's log."],
    ['sv', 'Den innehåller också 8 noteringar från barnets logg.'],
    ['nl', 'Er staan ook 8 registraties uit het logboek van je baby in.'],
  ])('names the live records of the baby’s log, not the deleted one (%s)', async (locale, line) => {
    const { wrapper } = await mountWithApp(BackupImport, {}, locale)
    vi.spyOn(useBackupStore(), 'inspect').mockResolvedValueOnce(
      checked('v3-twins-log-with-tombstone-and-questions.json'),
    )
    await choose(wrapper, 'twins.json')
    await flushPromises()
    expect(wrapper.find('[data-testid="backup-summary"]').text()).toContain(line)
  })

  it('says nothing of a log when the file holds none', async () => {
    const { wrapper } = await mountWithApp(BackupImport)
    vi.spyOn(useBackupStore(), 'inspect').mockResolvedValueOnce(checked('v2-readable-journal.json'))
    await choose(wrapper, 'journal.json')
    await flushPromises()
    expect(wrapper.find('[data-testid="backup-summary"]').text()).not.toContain('log')
  })
})
