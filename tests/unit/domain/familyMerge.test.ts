import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyWrites, mergeIncoming, newerVersion, type SharedRecord } from '@/domain/familyMerge'
import { nextStamp, packStamp, receiveStamp, unpackStamp, type HlcStamp } from '@/domain/hlc'

interface Note extends SharedRecord {
  text: string
  detail: { side: string; minutes: number }
}

const T = Date.UTC(2026, 2, 4, 3, 0)
const note = (id: string, stamp: string, text: string, deleted = false): Note => ({
  id,
  updatedAt: stamp,
  deleted,
  text,
  detail: { side: 'left', minutes: 12 },
})
const at = (ms: number, device: string, counter = 0) => packStamp({ wallMs: ms, counter, deviceId: device })

describe('merging one record', () => {
  it('keeps the version with the later stamp, whichever phone sent it', () => {
    const older = note('n', at(T, 'phone-aaaa'), 'left 12 min')
    const newer = note('n', at(T + 1, 'phone-bbbb'), 'left 15 min')
    expect(newerVersion(older, newer)).toBe(newer)
    expect(newerVersion(newer, older)).toBe(newer)
    // Same millisecond and counter: the device id decides, the same way on both phones.
    const tieA = note('n', at(T, 'phone-aaaa'), 'a')
    const tieB = note('n', at(T, 'phone-bbbb'), 'b')
    expect(newerVersion(tieA, tieB)).toBe(tieB)
    expect(newerVersion(tieB, tieA)).toBe(tieB)
  })

  it('lets a deletion win over older edits and lose to a newer one', () => {
    const edit = note('n', at(T, 'phone-aaaa'), 'edited')
    const gone = note('n', at(T + 5, 'phone-bbbb'), 'edited', true)
    expect(mergeIncoming(new Map([['n', edit]]), [gone], new Set()).writes).toEqual([gone])
    const laterEdit = note('n', at(T + 9, 'phone-aaaa'), 'edited again')
    expect(mergeIncoming(new Map([['n', laterEdit]]), [gone], new Set()).writes).toEqual([])
  })

  it('hands back the losing version when both phones changed the record since they last exchanged', () => {
    const mine = note('n', at(T + 2, 'phone-aaaa'), 'left 12 min')
    const theirs = note('n', at(T + 3, 'phone-bbbb'), 'right 10 min')
    const outcome = mergeIncoming(new Map([['n', mine]]), [theirs], new Set(['n']))
    expect(outcome.writes).toEqual([theirs])
    expect(outcome.conflicts).toEqual([{ kept: theirs, lost: mine }])
    // The other phone, receiving the loser, keeps its own version and keeps the loser readable too.
    const back = mergeIncoming(new Map([['n', theirs]]), [mine], new Set(['n']))
    expect(back).toEqual({ writes: [], conflicts: [{ kept: theirs, lost: mine }] })
  })

  it('sees no conflict when only the other phone changed it, or both ended up saying the same', () => {
    const mine = note('n', at(T, 'phone-aaaa'), 'left 12 min')
    const theirs = note('n', at(T + 3, 'phone-bbbb'), 'right 10 min')
    expect(mergeIncoming(new Map([['n', mine]]), [theirs], new Set()).conflicts).toEqual([])
    const same = note('n', at(T + 4, 'phone-bbbb'), 'left 12 min')
    expect(mergeIncoming(new Map([['n', mine]]), [same], new Set(['n'])).conflicts).toEqual([])
    // Key order inside nested details does not make two equal versions differ.
    const reordered = { ...same, detail: { minutes: 12, side: 'left' } }
    expect(mergeIncoming(new Map([['n', mine]]), [reordered], new Set(['n'])).conflicts).toEqual([])
  })

  it('takes records it did not have, and ignores a version it already holds', () => {
    const known = note('a', at(T, 'phone-aaaa'), 'a')
    const fresh = note('b', at(T, 'phone-bbbb'), 'b')
    expect(mergeIncoming(new Map([['a', known]]), [known, fresh, fresh], new Set(['a']))).toEqual({
      writes: [fresh],
      conflicts: [],
    })
  })
})

// ---- Convergence: phones edit and delete, exchange in any order, twice or not at all, then catch up.

type Step =
  | { kind: 'edit'; device: number; record: number; text: string }
  | { kind: 'delete'; device: number; record: number }
  | { kind: 'send'; from: number; to: number; keep: boolean[] }

interface Phone {
  id: string
  clock: HlcStamp | null
  held: Map<string, Note>
  /** Ids changed here since the last exchange with each other phone. */
  changed: Map<string, Set<string>>
}

function stepsFor(devices: number): fc.Arbitrary<Step[]> {
  const device = fc.integer({ min: 0, max: devices - 1 })
  const record = fc.integer({ min: 0, max: 3 })
  return fc.array(
    fc.oneof(
      fc.record({ kind: fc.constant('edit' as const), device, record, text: fc.constantFrom('L', 'R', 'both') }),
      fc.record({ kind: fc.constant('delete' as const), device, record }),
      fc.record({
        kind: fc.constant('send' as const),
        from: device,
        to: device,
        keep: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
      }),
    ),
    { maxLength: 40 },
  )
}

function run(devices: number, steps: Step[], timeline: number[]): Phone[] {
  const phones: Phone[] = Array.from({ length: devices }, (_, index) => ({
    id: `phone-${index}000`,
    clock: null,
    held: new Map(),
    changed: new Map(),
  }))
  const markChanged = (phone: Phone, id: string) => {
    for (const other of phones)
      if (other !== phone)
        (phone.changed.get(other.id) ?? phone.changed.set(other.id, new Set()).get(other.id)!).add(id)
  }
  const send = (from: Phone, to: Phone, records: Note[]) => {
    for (const record of records) to.clock = receiveStamp(to.clock, unpackStamp(record.updatedAt)!, 0, to.id)
    const outcome = mergeIncoming(to.held, records, to.changed.get(from.id) ?? new Set())
    to.held = applyWrites(to.held, outcome.writes)
    from.changed.set(to.id, new Set())
  }
  steps.forEach((step, index) => {
    // Each phone's wall clock is its own and may run behind: the clock's counter still orders edits.
    const wall = T + (timeline[index % timeline.length] ?? 0)
    if (step.kind === 'send') {
      if (step.from === step.to) return
      const from = phones[step.from]!
      // A lost or partial exchange: only some records travel, maybe none.
      const records = [...from.held.values()].filter((_, position) => step.keep[position % 4])
      send(from, phones[step.to]!, records)
      return
    }
    const phone = phones[step.device]!
    const id = `r${step.record}`
    const previous = phone.held.get(id)
    if (step.kind === 'delete' && !previous) return
    phone.clock = nextStamp(phone.clock, wall, phone.id)
    const stamp = packStamp(phone.clock)
    phone.held.set(
      id,
      step.kind === 'edit' ? note(id, stamp, step.text) : { ...previous!, updatedAt: stamp, deleted: true },
    )
    markChanged(phone, id)
  })
  // Catching up: every phone sends everything to every other, twice round, in a fixed order.
  for (let round = 0; round < 2; round++)
    for (const from of phones) for (const to of phones) if (from !== to) send(from, to, [...from.held.values()])
  return phones
}

const snapshot = (phone: Phone) => [...phone.held.values()].sort((a, b) => (a.id < b.id ? -1 : 1))

describe('phones converge whatever the order, repetition and loss of exchanges', () => {
  for (const devices of [2, 3]) {
    it(`${devices} phones end with the same records, each the newest version any of them wrote`, () => {
      fc.assert(
        fc.property(
          stepsFor(devices),
          fc.array(fc.integer({ min: -60_000, max: 60_000 }), { minLength: 1 }),
          (steps, timeline) => {
            const phones = run(devices, steps, timeline)
            const first = snapshot(phones[0]!)
            for (const phone of phones) expect(snapshot(phone)).toEqual(first)
            // Every record's survivor is the newest of all versions ever written for it.
            for (const record of first) {
              const versions = phones.map((phone) => phone.held.get(record.id)!)
              expect(versions.reduce((a, b) => newerVersion(a, b))).toEqual(record)
            }
          },
        ),
        { numRuns: 300 },
      )
    })
  }

  it('gives the same result whether exchanges arrive in one order or the other, or twice', () => {
    // A stamp names one version: what a version says (and whether it deletes) follows from its stamp.
    const version = fc
      .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 50 }), fc.constantFrom('a', 'b', 'c'))
      .map(([record, ms, device]) =>
        note(`r${record}`, at(T + ms, `phone-${device}000`), `${device}${ms}`, ms % 3 === 0),
      )
    fc.assert(
      fc.property(fc.array(version), fc.array(version), (left, right) => {
        const merged = (batches: Note[][]) =>
          batches.reduce(
            (held, batch) => applyWrites(held, mergeIncoming(held, batch, new Set()).writes),
            new Map<string, Note>(),
          )
        const expected = [...merged([left, right]).entries()].sort()
        expect([...merged([right, left]).entries()].sort()).toEqual(expected)
        expect([...merged([left, right, left, right]).entries()].sort()).toEqual(expected)
      }),
      { numRuns: 300 },
    )
  })
})
