import { describe, expect, it } from 'vitest'
import { database, useDatabaseNamed } from '@/db/connection'
import {
  applyPayload,
  countWaiting,
  createFamily,
  joinFamily,
  keepSetAside,
  leaveFamily,
  listConflicts,
  makePayload,
  markSent,
} from '@/db/family'
import { addEntry } from '@/db/journal'
import { JournalLockedError } from '@/db/journalCodec'
import { addEvent, allLogRecords, ensureBaby, updateEvent } from '@/db/log'
import { addQuestion, listQuestions } from '@/db/questions'
import { loadProfile, saveProfile } from '@/db/profile'
import { enableLock, lockNow } from '@/db/lock'
import { emptyProfile } from '@/domain/profile'
import type { FamilyPayload } from '@/domain/familyExchange'

const T0 = Date.parse('2026-05-01T08:00:00Z')
const MINUTE = 60_000
const nappy = (at: number) => ({ kind: 'nappy', contents: 'wet', stool: null, at, note: '' }) as const

let phones = 0
/** Each phone is a database of its own; the db layer forgets its clock and device id on a switch. */
async function onPhone(name: string): Promise<void> {
  await useDatabaseNamed(`family-${process.pid}-${phones}-${name}`)
}

async function pairedPhones(): Promise<void> {
  phones += 1
  await onPhone('a')
  const membership = await createFamily(T0)
  await onPhone('b')
  await joinFamily(membership, T0)
}

/** A payload made on one phone, taken in on the other (JSON, as it travels). */
async function send(from: string, to: string, now: number) {
  await onPhone(from)
  const payload = JSON.parse(JSON.stringify(await makePayload(now))) as FamilyPayload
  await markSent(now)
  await onPhone(to)
  return { payload, applied: await applyPayload(payload, now) }
}

/** Two paired phones that have exchanged both ways once, holding one nappy logged on the first. */
async function nappyBothPhonesHave() {
  await pairedPhones()
  await onPhone('a')
  const event = await addEvent((await ensureBaby(T0)).id, nappy(T0), T0)
  await send('a', 'b', T0 + MINUTE)
  await send('b', 'a', T0 + 2 * MINUTE)
  return event
}

async function events() {
  return (await allLogRecords()).events.map(({ id, at, note, deleted }) => ({ id, at, note, deleted }))
}

describe('the family exchange between two phones', () => {
  it('brings the log, the questions and the birth details to the partner’s phone, and back', async () => {
    phones += 1
    await onPhone('a')
    await saveProfile({ ...emptyProfile('SE'), birthAt: T0 - 60 * MINUTE }, T0)
    const membership = await createFamily(T0)
    const baby = await ensureBaby(T0)
    await addEvent(baby.id, nappy(T0), T0)
    await addQuestion('Is the cord healing well?', T0)
    await onPhone('b')
    await saveProfile({ ...emptyProfile('UK'), birthAt: T0 - 5 * 60 * MINUTE }, T0 + MINUTE)
    await joinFamily(membership, T0 + MINUTE)

    const { applied } = await send('a', 'b', T0 + 2 * MINUTE)
    expect(applied).toMatchObject({ alreadyApplied: false, conflicts: 0 })
    expect(await events()).toEqual([expect.objectContaining({ at: T0, deleted: false })])
    expect((await listQuestions()).map((question) => question.text)).toEqual(['Is the cord healing well?'])
    // The phone that made the family knows the birth: its details win over the joiner's own.
    expect(await loadProfile()).toMatchObject({ country: 'SE', birthAt: T0 - 60 * MINUTE })

    const [fed] = (await allLogRecords()).events
    await updateEvent(fed!.id, { ...nappy(T0), note: 'changed by dad' }, T0 + 3 * MINUTE)
    await send('b', 'a', T0 + 4 * MINUTE)
    expect(await events()).toEqual([expect.objectContaining({ note: 'changed by dad' })])
  })

  it('lets a later edit of the birth details on either phone win', async () => {
    await pairedPhones()
    await onPhone('a')
    await saveProfile({ ...emptyProfile('NL'), birthAt: T0 - 60 * MINUTE }, T0)
    await send('a', 'b', T0 + MINUTE)
    await onPhone('b')
    expect(await loadProfile()).toMatchObject({ birthAt: T0 - 60 * MINUTE })
    await saveProfile({ ...emptyProfile('NL'), birthAt: T0 - 90 * MINUTE }, T0 + 2 * MINUTE)
    await send('b', 'a', T0 + 3 * MINUTE)
    expect(await loadProfile()).toMatchObject({ birthAt: T0 - 90 * MINUTE })
  })

  it('takes the same file in once, and says so the second time', async () => {
    await pairedPhones()
    await onPhone('a')
    await addEvent((await ensureBaby(T0)).id, nappy(T0), T0)
    const { payload } = await send('a', 'b', T0 + MINUTE)
    expect(await applyPayload(payload, T0 + 2 * MINUTE)).toEqual({ alreadyApplied: true, changed: 0, conflicts: 0 })
  })

  it('never sends the journal', async () => {
    await pairedPhones()
    await onPhone('a')
    await addEntry({ at: T0, mood: 2, feelings: [], helped: [], sleepHours: null, text: 'only mine' }, T0)
    const payload = await makePayload(T0)
    expect(JSON.stringify(payload)).not.toContain('only mine')
    expect(Object.keys(payload).sort()).toEqual(
      ['babies', 'birth', 'exchangeId', 'from', 'logEvents', 'questions', 'seen', 'sentAt'].sort(),
    )
  })

  it('keeps the version that lost readable when both phones changed one entry while apart', async () => {
    const event = await nappyBothPhonesHave()
    await onPhone('a')
    await updateEvent(event.id, { ...nappy(T0), note: 'mum: a lot' }, T0 + 3 * MINUTE)
    await onPhone('b')
    await updateEvent(event.id, { ...nappy(T0), note: 'dad: just a little' }, T0 + 4 * MINUTE)

    const { applied } = await send('b', 'a', T0 + 5 * MINUTE)
    expect(applied.conflicts).toBe(1)
    const [conflict] = await listConflicts()
    expect(conflict).toMatchObject({
      table: 'logEvents',
      kept: { note: 'dad: just a little' },
      lost: { note: 'mum: a lot' },
    })

    await keepSetAside(conflict!.id, T0 + 6 * MINUTE)
    expect(await events()).toEqual([expect.objectContaining({ note: 'mum: a lot' })])
    expect(await listConflicts()).toEqual([])
    // Kept on purpose, it is the newest edit: the other phone takes it at the next exchange, without a conflict.
    const back = await send('a', 'b', T0 + 7 * MINUTE)
    expect(back.applied.conflicts).toBe(0)
    expect(await events()).toEqual([expect.objectContaining({ note: 'mum: a lot' })])
  })

  it('sees no conflict in an edit the other phone simply had not seen', async () => {
    const event = await nappyBothPhonesHave()
    await onPhone('a')
    await updateEvent(event.id, { ...nappy(T0), note: 'only here' }, T0 + 3 * MINUTE)
    const { applied } = await send('b', 'a', T0 + 4 * MINUTE)
    expect(applied.conflicts).toBe(0)
    expect(await events()).toEqual([expect.objectContaining({ note: 'only here' })])
  })

  it('counts this phone’s edits since it last sent them as waiting', async () => {
    await pairedPhones()
    await onPhone('a')
    const baby = await ensureBaby(T0)
    await addEvent(baby.id, nappy(T0), T0)
    expect(await countWaiting()).toBe(2)
    await markSent(T0 + MINUTE)
    expect(await countWaiting()).toBe(0)
    await addEvent(baby.id, nappy(T0 + 2 * MINUTE), T0 + 2 * MINUTE)
    expect(await countWaiting()).toBe(1)
  })

  it('sends nothing and takes nothing in while the lock is closed, and seals what comes in under this phone’s lock', async () => {
    await pairedPhones()
    await onPhone('a')
    await addEvent((await ensureBaby(T0)).id, { ...nappy(T0), note: 'private-ish' }, T0)
    const payload = await makePayload(T0)
    await onPhone('b')
    await enableLock('483920')
    lockNow()
    await expect(applyPayload(payload, T0)).rejects.toBeInstanceOf(JournalLockedError)
    const rows = await (await database()).logEvents.toArray()
    expect(rows).toEqual([])
  })

  it('forgets the family on leaving, and keeps the log', async () => {
    await pairedPhones()
    await onPhone('a')
    await addEvent((await ensureBaby(T0)).id, nappy(T0), T0)
    await leaveFamily()
    expect(await (await database()).family.count()).toBe(0)
    expect(await events()).toHaveLength(1)
  })
})
