import { backupLimits, type BackupLock, type BackupLogEvent, type BackupQuestion } from './backup'
import {
  babySexes,
  breastSides,
  CELSIUS,
  logKinds,
  milkKinds,
  nappyContents,
  NOTE_MAX_LENGTH,
  stoolColours,
  validateLogContent,
  type Baby,
  type LogDetails,
} from './babyLog'
import {
  boolean,
  choice,
  date,
  exactKeys,
  object,
  optionalChoice,
  readEnvelope,
  Rejection,
  text,
  type Json,
} from './backupValidation'
import type { Envelope } from './crypto'
import { unpackStamp } from './hlc'
import { QUESTION_MAX_LENGTH } from './questions'
import { WEIGHT_GRAMS } from './weight'

/** Log ids are random strings (see babyLog.ts): letters, digits and dashes, bounded in length. */
const LOG_ID = /^[A-Za-z0-9_-]+$/

function id(value: unknown, path: string): string {
  if (!LOG_ID.test(text(value, backupLimits.idLength, path))) throw new Rejection('unknownValue', path)
  return value as string
}

function stamp(value: unknown, path: string): string {
  if (unpackStamp(text(value, 100, path)) === null) throw new Rejection('invalidDate', path)
  return value as string
}

function number(value: unknown, min: number, max: number, path: string, whole = true): number {
  if (typeof value !== 'number') throw new Rejection('wrongType', path)
  if ((whole && !Number.isInteger(value)) || !(value >= min && value <= max)) throw new Rejection('outOfRange', path)
  return value
}

function optionalNumber(value: unknown, min: number, max: number, path: string): number | null {
  return value === null ? null : number(value, min, max, path, false)
}

function list(root: Json, key: string, max: number): unknown[] {
  const value = root[key]
  if (!Array.isArray(value)) throw new Rejection('wrongType', key)
  if (value.length > max) throw new Rejection('tooManyEntries', key)
  return value
}

function unique<T extends { id: string }>(items: T[], key: string): T[] {
  const seen = new Set<string>()
  items.forEach((item, index) => {
    if (seen.has(item.id)) throw new Rejection('duplicateId', `${key}[${index}].id`)
    seen.add(item.id)
  })
  return items
}

function sealedOrOpen(item: Json, openKey: string, sealedKey: string, lock: BackupLock | null): Envelope | undefined {
  if (!Object.hasOwn(item, sealedKey)) return undefined
  if (!lock) throw new Rejection('lockMissing', sealedKey)
  const sealed = readEnvelope(item[sealedKey], sealedKey)
  if (sealed.salt !== lock.salt || sealed.iter !== lock.iter) throw new Rejection('invalidEnvelope', sealedKey)
  // A sealed text leaves the open one empty, exactly as the database keeps it.
  if (item[openKey] !== '') throw new Rejection('unknownValue', openKey)
  return sealed
}

function readBaby(value: unknown): Baby {
  const baby = object(value, '')
  exactKeys(baby, ['id', 'name', 'colour', 'birthWeightGrams', 'createdAt', 'updatedAt', 'deleted'], ['sex'], '')
  const result: Baby = {
    id: id(baby.id, 'id'),
    name: baby.name === null ? null : text(baby.name, 60, 'name'),
    colour: baby.colour === null ? null : text(baby.colour, 30, 'colour'),
    birthWeightGrams:
      baby.birthWeightGrams === null
        ? null
        : number(baby.birthWeightGrams, WEIGHT_GRAMS.min, WEIGHT_GRAMS.max, 'birthWeightGrams'),
    createdAt: stamp(baby.createdAt, 'createdAt'),
    updatedAt: stamp(baby.updatedAt, 'updatedAt'),
    deleted: boolean(baby.deleted, 'deleted'),
  }
  if (Object.hasOwn(baby, 'sex')) result.sex = optionalChoice(baby.sex, babySexes, 'sex')
  return result
}

const commonEventKeys = ['id', 'babyId', 'kind', 'at', 'note', 'createdAt', 'updatedAt', 'deleted']
const detailKeys: Record<LogDetails['kind'], { required: string[]; optional: string[] }> = {
  breastfeed: { required: ['segments', 'paused'], optional: [] },
  bottle: { required: ['milk', 'ml'], optional: [] },
  expressing: { required: ['leftMl', 'rightMl'], optional: [] },
  nappy: { required: ['contents', 'stool'], optional: [] },
  sleep: { required: ['end'], optional: [] },
  weight: { required: ['grams'], optional: ['lengthCm', 'headCm'] },
  temperature: { required: ['celsius'], optional: [] },
}

function readDetails(event: Json, now: number): LogDetails {
  const kind = choice(event.kind, logKinds, 'kind')
  const keys = detailKeys[kind]
  exactKeys(event, [...commonEventKeys, ...keys.required], [...keys.optional, 'sealedNote'], '')
  switch (kind) {
    case 'breastfeed': {
      if (!Array.isArray(event.segments)) throw new Rejection('wrongType', 'segments')
      if (event.segments.length > 200) throw new Rejection('tooManyEntries', 'segments')
      const segments = event.segments.map((value: unknown, index) => {
        const path = `segments[${index}]`
        const segment = object(value, path)
        exactKeys(segment, ['side', 'start', 'end'], [], path)
        return {
          side: choice(segment.side, breastSides, `${path}.side`),
          start: date(segment.start, `${path}.start`, now),
          end: segment.end === null ? null : date(segment.end, `${path}.end`, now),
        }
      })
      return { kind, segments, paused: boolean(event.paused, 'paused') }
    }
    case 'bottle':
      return { kind, milk: choice(event.milk, milkKinds, 'milk'), ml: number(event.ml, 0, 10_000, 'ml') }
    case 'expressing':
      return {
        kind,
        leftMl: number(event.leftMl, 0, 10_000, 'leftMl'),
        rightMl: number(event.rightMl, 0, 10_000, 'rightMl'),
      }
    case 'nappy':
      return {
        kind,
        contents: choice(event.contents, nappyContents, 'contents'),
        stool: optionalChoice(event.stool, stoolColours, 'stool'),
      }
    case 'sleep':
      return { kind, end: event.end === null ? null : date(event.end, 'end', now) }
    case 'weight': {
      const weight: LogDetails = { kind, grams: number(event.grams, 0, 100_000, 'grams') }
      if (Object.hasOwn(event, 'lengthCm')) weight.lengthCm = optionalNumber(event.lengthCm, 20, 130, 'lengthCm')
      if (Object.hasOwn(event, 'headCm')) weight.headCm = optionalNumber(event.headCm, 15, 60, 'headCm')
      return weight
    }
    case 'temperature':
      return { kind, celsius: number(event.celsius, CELSIUS.min, CELSIUS.max, 'celsius', false) }
  }
}

function readEvent(value: unknown, babyIds: Set<string>, lock: BackupLock | null, now: number): BackupLogEvent {
  const event = object(value, '')
  const details = readDetails(event, now)
  const babyId = id(event.babyId, 'babyId')
  if (!babyIds.has(babyId)) throw new Rejection('unknownValue', 'babyId')
  const result: BackupLogEvent = {
    ...details,
    id: id(event.id, 'id'),
    babyId,
    at: date(event.at, 'at', now),
    note: text(event.note, NOTE_MAX_LENGTH, 'note'),
    createdAt: stamp(event.createdAt, 'createdAt'),
    updatedAt: stamp(event.updatedAt, 'updatedAt'),
    deleted: boolean(event.deleted, 'deleted'),
  }
  // The same ranges and order as the form accepts (a sealed note is checked once it is opened).
  const checked = validateLogContent(result, now)
  if (!checked.ok) throw new Rejection('outOfRange', Object.keys(checked.errors)[0]!)
  const sealedNote = sealedOrOpen(event, 'note', 'sealedNote', lock)
  if (sealedNote) result.sealedNote = sealedNote
  return result
}

function readQuestion(value: unknown, lock: BackupLock | null, now: number): BackupQuestion {
  const question = object(value, '')
  exactKeys(question, ['id', 'text', 'askedAt', 'createdAt', 'updatedAt', 'deleted'], ['sealedText'], '')
  const result: BackupQuestion = {
    id: id(question.id, 'id'),
    text: text(question.text, QUESTION_MAX_LENGTH, 'text'),
    askedAt: question.askedAt === null ? null : date(question.askedAt, 'askedAt', now),
    createdAt: stamp(question.createdAt, 'createdAt'),
    updatedAt: stamp(question.updatedAt, 'updatedAt'),
    deleted: boolean(question.deleted, 'deleted'),
  }
  const sealedText = sealedOrOpen(question, 'text', 'sealedText', lock)
  if (sealedText) result.sealedText = sealedText
  return result
}

function each<T>(items: unknown[], key: string, read: (value: unknown) => T): T[] {
  return items.map((value, index) => {
    try {
      return read(value)
    } catch (error) {
      throw error instanceof Rejection ? error.within(`${key}[${index}]`) : error
    }
  })
}

/** A version-3 file's log, checked field by field like the journal; ids are unique within each list. */
export function readLog(
  root: Json,
  lock: BackupLock | null,
  now: number,
): { babies: Baby[]; logEvents: BackupLogEvent[]; questions: BackupQuestion[] } {
  const babies = unique(each(list(root, 'babies', backupLimits.babies), 'babies', readBaby), 'babies')
  const babyIds = new Set(babies.map((baby) => baby.id))
  const logEvents = unique(
    each(list(root, 'logEvents', backupLimits.logEvents), 'logEvents', (value) => readEvent(value, babyIds, lock, now)),
    'logEvents',
  )
  const questions = unique(
    each(list(root, 'questions', backupLimits.questions), 'questions', (value) => readQuestion(value, lock, now)),
    'questions',
  )
  return { babies, logEvents, questions }
}
