import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupLimits,
  OLDEST_BACKUP_VERSION,
  summarize,
  type BackupDocument,
  type BackupEntry,
  type BackupLock,
  type BackupLogEvent,
  type BackupQuestion,
  type BackupSummary,
} from './backup'
import { BIRTH_FUTURE_SLACK_MS } from './birthInput'
import {
  babySexes,
  breastSides,
  CELSIUS,
  HEAD_CM,
  LENGTH_CM,
  logKinds,
  milkKinds,
  nappyContents,
  NOTE_MAX_LENGTH,
  stoolColours,
  validateLogContent,
  type Baby,
  type LogDetails,
} from './babyLog'
import { isDeviceId, unpackStamp } from './hlc'
import type { FamilyPayload, SharedBirth } from './familyExchange'
import { QUESTION_MAX_LENGTH } from './questions'
import { WEIGHT_GRAMS } from './weight'
import { isEnvelope, isKdfParams, type Envelope } from './crypto'
import type { CalendarExportState, ExportedEvent } from './ics'
import {
  feelings,
  helpedOptions,
  MAX_SLEEP_HOURS,
  MAX_TEXT_LENGTH,
  MIN_SLEEP_HOURS,
  moodLevels,
  type JournalEntry,
} from './journal'
import { isClockTime } from './nightMode'
import { birthModes, countries, feedingPlans, type Profile } from './profile'
import { isSealedEntry, type OldShapeSealedEntry, type SealedEntry } from './sealedEntry'
import { themes, type Settings } from './settings'
import { careTeamLimits, isCareContact, type CareContact } from './careTeam'
import { DAY_MS } from './time'

export const backupErrorCodes = [
  'empty',
  'tooLarge',
  'notText',
  'notJson',
  'tooDeep',
  'forbiddenKey',
  'notObject',
  'notCocoonBackup',
  'invalidVersion',
  'unsupportedVersion',
  'missingField',
  'unknownField',
  'wrongType',
  'outOfRange',
  'unknownValue',
  'tooLong',
  'invalidDate',
  'futureDate',
  'tooManyEntries',
  'duplicateId',
  'duplicateEntry',
  'invalidEnvelope',
  'lockMissing',
] as const
export type BackupErrorCode = (typeof backupErrorCodes)[number]

/** `path` points at the offending value, e.g. `journal[3].mood`; `entry` is its 1-based entry number. */
export interface BackupProblem {
  code: BackupErrorCode
  path: string
  entry?: number
}

export type BackupCheck =
  { ok: true; backup: BackupDocument; summary: BackupSummary } | { ok: false; problem: BackupProblem }

class Rejection extends Error {
  constructor(
    readonly code: BackupErrorCode,
    readonly path: string,
  ) {
    super(code)
  }

  /** The same problem, found under a key of the value at `path`. */
  within(path: string): Rejection {
    return new Rejection(this.code, `${path}.${this.path}`)
  }
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
const MAX_ENVELOPE_CHARS = Math.ceil(((MAX_TEXT_LENGTH * 6 + 1024) * 4) / 3) + 4

/**
 * Checks a backup file completely before anything is written: the answer is either a clean, newly
 * built document in the current version (never the parsed objects themselves) or one precise reason.
 */
export function checkBackup(input: string | Uint8Array, now: number): BackupCheck {
  try {
    const backup = readDocument(decode(input), now)
    const version = (backup as { sourceVersion?: number }).sourceVersion
    delete (backup as { sourceVersion?: number }).sourceVersion
    return { ok: true, backup, summary: summarize(backup, version) }
  } catch (error) {
    if (!(error instanceof Rejection)) throw error
    const match = /^journal\[(\d+)\]/.exec(error.path)
    const problem: BackupProblem = { code: error.code, path: error.path }
    if (match) problem.entry = Number(match[1]) + 1
    return { ok: false, problem }
  }
}

export type FamilyPayloadCheck = { ok: true; payload: FamilyPayload } | { ok: false; problem: BackupProblem }

/**
 * What a partner's phone sent, once opened with the family key: checked field by field with the same
 * readers as a backup's log, so a phone that was tampered with cannot write what a form would refuse.
 */
export function checkFamilyPayload(text: string, now: number): FamilyPayloadCheck {
  try {
    const root = object(parse(text), '')
    exactKeys(root, ['exchangeId', 'from', 'sentAt', 'seen', 'birth', 'babies', 'logEvents', 'questions'], [], '')
    if (!isDeviceId(root.from)) throw new Rejection('unknownValue', 'from')
    const { babies, logEvents, questions } = readLog(root, null, now)
    const payload: FamilyPayload = {
      exchangeId: id(root.exchangeId, 'exchangeId'),
      from: root.from,
      sentAt: date(root.sentAt, 'sentAt', now),
      seen: readSeen(root.seen),
      birth: readSharedBirth(root.birth, now),
      babies,
      logEvents,
      questions,
    }
    return { ok: true, payload }
  } catch (error) {
    if (!(error instanceof Rejection)) throw error
    return { ok: false, problem: { code: error.code, path: error.path } }
  }
}

/** A few devices at most (a family's phones, each one that ever joined), each with its newest stamp. */
function readSeen(value: unknown): Record<string, string> {
  const seen = object(value, 'seen')
  const devices = Object.keys(seen)
  if (devices.length > 64) throw new Rejection('tooManyEntries', 'seen')
  const read: Record<string, string> = {}
  for (const device of devices) {
    if (!isDeviceId(device)) throw new Rejection('unknownValue', 'seen')
    read[device] = stamp(seen[device], `seen.${device}`)
  }
  return read
}

function readSharedBirth(value: unknown, now: number): SharedBirth | null {
  if (value === null) return null
  const birth = object(value, 'birth')
  exactKeys(birth, ['profile', 'updatedAt'], [], 'birth')
  const profile = readProfile(birth.profile, now)
  if (!profile) throw new Rejection('wrongType', 'birth.profile')
  return { profile, updatedAt: stamp(birth.updatedAt, 'birth.updatedAt') }
}

/** Checks one entry on its own: what a locked backup's envelope held once it is opened. */
export function checkEntry(
  value: unknown,
  now: number,
  path = 'journal[0]',
): { ok: true; entry: JournalEntry } | { ok: false; problem: BackupProblem } {
  try {
    const entry = readEntry(value, BACKUP_VERSION, null, path, now)
    if (isSealedEntry(entry)) throw new Rejection('invalidEnvelope', path)
    return { ok: true, entry }
  } catch (error) {
    if (!(error instanceof Rejection)) throw error
    return { ok: false, problem: { code: error.code, path: error.path } }
  }
}

function decode(input: string | Uint8Array): string {
  if (typeof input === 'string') return input
  if (input.length > backupLimits.fileBytes) throw new Rejection('tooLarge', '')
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(input)
  } catch {
    throw new Rejection('notText', '')
  }
}

/** Where the string opened at `start` closes (text.length if never): found by search, as most of a backup is text. */
function stringEnd(text: string, start: number): number {
  for (let end = text.indexOf('"', start + 1); end !== -1; end = text.indexOf('"', end + 1)) {
    let backslashes = 0
    while (text.charCodeAt(end - 1 - backslashes) === 0x5c) backslashes += 1
    if (backslashes % 2 === 0) return end
  }
  return text.length
}

function exceedsDepth(text: string, limit: number): boolean {
  let depth = 0
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    if (code === 0x22) index = stringEnd(text, index)
    else if (code === 0x7b || code === 0x5b) {
      depth += 1
      if (depth > limit) return true
    } else if (code === 0x7d || code === 0x5d) depth -= 1
  }
  return false
}

/**
 * JSON's escapes other than \u never give a letter or an underscore, so a key can only spell a
 * forbidden name if the text holds that name or a \u escape; only then are all the keys looked at.
 */
function mayHoldForbiddenKey(text: string): boolean {
  if (text.includes('\\u')) return true
  for (const key of FORBIDDEN_KEYS) if (text.includes(key)) return true
  return false
}

/** The first forbidden key in the order a JSON.parse reviver meets them: those inside a value before the key holding it. */
function forbiddenKey(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null
  for (const key of Object.keys(value)) {
    const inner = forbiddenKey((value as Json)[key])
    if (inner !== null) return inner
    if (FORBIDDEN_KEYS.has(key)) return key
  }
  return null
}

function parse(text: string): unknown {
  if (text.length > backupLimits.fileBytes) throw new Rejection('tooLarge', '')
  if (text.trim() === '') throw new Rejection('empty', '')
  // Nesting is measured before parsing: a deep enough document overflows the parser's stack.
  if (exceedsDepth(text, backupLimits.depth)) throw new Rejection('tooDeep', '')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new Rejection('notJson', '')
  }
  // JSON.parse makes such keys plain own properties; they are refused before anything reads them.
  const forbidden = mayHoldForbiddenKey(text) ? forbiddenKey(value) : null
  if (forbidden !== null) throw new Rejection('forbiddenKey', forbidden)
  return value
}

type Json = Record<string, unknown>

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Rejection(path === '' ? 'notObject' : 'wrongType', path)
  return value as Json
}

function exactKeys(value: Json, required: readonly string[], optional: readonly string[], path: string): void {
  for (const key of required) if (!Object.hasOwn(value, key)) throw new Rejection('missingField', join(path, key))
  for (const key of Object.keys(value)) {
    if (!required.includes(key) && !optional.includes(key)) throw new Rejection('unknownField', join(path, key))
  }
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`
}

function date(value: unknown, path: string, now: number): number {
  if (typeof value !== 'number') throw new Rejection('wrongType', path)
  if (!Number.isSafeInteger(value) || value < backupLimits.earliest) throw new Rejection('invalidDate', path)
  if (value > now + backupLimits.futureSlackMs) throw new Rejection('futureDate', path)
  return value
}

function optionalDate(value: unknown, path: string, now: number): number | null {
  return value === null ? null : date(value, path, now)
}

/** The birth itself: no later than the form accepts it (birthInput.ts). */
function birthDate(value: unknown, path: string, now: number): number | null {
  const birthAt = optionalDate(value, path, now)
  if (birthAt !== null && birthAt > now + BIRTH_FUTURE_SLACK_MS) throw new Rejection('futureDate', path)
  return birthAt
}

function calendarDate(value: unknown, path: string, now: number): string | null {
  if (value === null) return null
  if (typeof value !== 'string') throw new Rejection('wrongType', path)
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) throw new Rejection('invalidDate', path)
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const instant = Date.UTC(year, month - 1, day)
  const check = new Date(instant)
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    throw new Rejection('invalidDate', path)
  if (instant < backupLimits.earliest) throw new Rejection('invalidDate', path)
  // A due date lies ahead, but never by more than a pregnancy.
  if (instant > now + 366 * DAY_MS) throw new Rejection('futureDate', path)
  return value
}

function boolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new Rejection('wrongType', path)
  return value
}

function text(value: unknown, max: number, path: string): string {
  if (typeof value !== 'string') throw new Rejection('wrongType', path)
  if (value.length > max) throw new Rejection('tooLong', path)
  return value
}

function choice<T>(value: unknown, options: readonly T[], path: string): T {
  if (options.includes(value as T)) return value as T
  if (typeof value !== typeof options[0]) throw new Rejection('wrongType', path)
  throw new Rejection(typeof value === 'number' ? 'outOfRange' : 'unknownValue', path)
}

function optionalChoice<T>(value: unknown, options: readonly T[], path: string): T | null {
  return value === null ? null : choice(value, options, path)
}

function setOf<T>(value: unknown, options: readonly T[], path: string): T[] {
  if (!Array.isArray(value)) throw new Rejection('wrongType', path)
  const chosen = value.map((item: unknown, index) =>
    options.includes(item as T) ? (item as T) : choice(item, options, `${path}[${index}]`),
  )
  // Every item is one of a few options, so a repeat shows up within the first few.
  if (chosen.some((item, index) => chosen.indexOf(item) !== index)) throw new Rejection('duplicateEntry', path)
  return chosen
}

function readDocument(text: string, now: number): BackupDocument {
  const root = object(parse(text), '')
  if (root.format !== BACKUP_FORMAT) throw new Rejection('notCocoonBackup', 'format')
  const version = root.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_BACKUP_VERSION)
    throw new Rejection('invalidVersion', 'version')
  if (version > BACKUP_VERSION) throw new Rejection('unsupportedVersion', 'version')
  const topLevel = ['format', 'version', 'exportedAt', 'profile', 'settings', 'journal']
  const logKeys = ['babies', 'logEvents', 'questions']
  exactKeys(root, version === 1 ? topLevel : [...topLevel, 'lock', ...(version >= 3 ? logKeys : [])], [], '')

  const lock = version === 1 ? null : readLock(root.lock)
  if (!Array.isArray(root.journal)) throw new Rejection('wrongType', 'journal')
  if (root.journal.length > backupLimits.entries) throw new Rejection('tooManyEntries', 'journal')
  const journal = root.journal.map((entry, index) => readEntry(entry, version, lock, `journal[${index}]`, now))
  findDuplicates(journal)

  return Object.assign(
    {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: date(root.exportedAt, 'exportedAt', now),
      profile: readProfile(root.profile, now),
      settings: readSettings(root.settings, now),
      lock,
      journal,
      ...(version >= 3 ? readLog(root, lock, now) : { babies: [], logEvents: [], questions: [] }),
    } satisfies BackupDocument,
    { sourceVersion: version },
  )
}

function readProfile(value: unknown, now: number): Profile | null {
  if (value === null) return null
  const profile = object(value, 'profile')
  const keys = ['birthAt', 'dueDate', 'country', 'birthMode', 'epidural', 'oxytocinDrip', 'feeding']
  // Neonatal care came later: a file without it is a baby not in neonatal care (absent means no).
  exactKeys(profile, keys, ['neonatalCare'], 'profile')
  const read: Profile = {
    birthAt: birthDate(profile.birthAt, 'profile.birthAt', now),
    dueDate: calendarDate(profile.dueDate, 'profile.dueDate', now),
    country: choice(profile.country, countries, 'profile.country'),
    birthMode: optionalChoice(profile.birthMode, birthModes, 'profile.birthMode'),
    epidural: boolean(profile.epidural, 'profile.epidural'),
    oxytocinDrip: boolean(profile.oxytocinDrip, 'profile.oxytocinDrip'),
    feeding: optionalChoice(profile.feeding, feedingPlans, 'profile.feeding'),
  }
  if (Object.hasOwn(profile, 'neonatalCare')) read.neonatalCare = boolean(profile.neonatalCare, 'profile.neonatalCare')
  return read
}

const LOCALE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i

/**
 * Only preferences travel in a backup; what belongs to this device and this day (when the app was
 * last opened, today's ticks, a dismissed hint) stays behind. Other keys in a file are ignored.
 */
const settingReaders: { [K in keyof Settings]?: (value: unknown, path: string, now: number) => Settings[K] } = {
  locale: (value, path) => {
    if (value !== null && !LOCALE_TAG.test(text(value, 35, path))) throw new Rejection('unknownValue', path)
    return value as string | null
  },
  theme: (value, path) => choice(value, themes, path),
  nightAutomatically: (value, path) => boolean(value, path),
  nightStartsAt: (value, path) => clockTime(value, path),
  nightEndsAt: (value, path) => clockTime(value, path),
  lastBackupAt: (value, path, now) => optionalDate(value, path, now),
  reminderTime: (value, path) => clockTime(value, path),
  reminderAlarms: (value, path) => boolean(value, path),
  // Travels so that a restored phone's next export updates the calendar's events instead of doubling them.
  calendarExport: (value, path) => calendarExport(value, path),
  careTeam: (value, path) => careTeam(value, path),
}

function careTeam(value: unknown, path: string): CareContact[] {
  if (!Array.isArray(value)) throw new Rejection('wrongType', path)
  if (value.length > careTeamLimits.contacts) throw new Rejection('tooLong', path)
  return value.map((item: unknown, index) => {
    if (!isCareContact(item)) throw new Rejection('unknownValue', `${path}[${index}]`)
    return { kind: item.kind, label: item.label, number: item.number }
  })
}

export const backedUpSettings = Object.keys(settingReaders) as (keyof Settings)[]

function clockTime(value: unknown, path: string): string {
  if (!isClockTime(text(value, 5, path))) throw new Rejection('unknownValue', path)
  return value as string
}

const CALENDAR_ID = /^[a-z0-9-]{1,64}$/i
const EVENT_UID = /^[a-z0-9+.-]{1,160}@cocoon\.local$/i
const EVENT_HASH = /^(?:[0-9a-f]{8}|cancelled)$/
/** Far more than twelve weeks of days and appointments, yet a bound. */
const MAX_EXPORTED_EVENTS = 500

function calendarExport(value: unknown, path: string): CalendarExportState | null {
  if (value === null) return null
  const state = object(value, path)
  exactKeys(state, ['calendarId', 'events'], [], path)
  if (!CALENDAR_ID.test(text(state.calendarId, 64, `${path}.calendarId`)))
    throw new Rejection('unknownValue', `${path}.calendarId`)
  const events = object(state.events, `${path}.events`)
  const uids = Object.keys(events)
  if (uids.length > MAX_EXPORTED_EVENTS) throw new Rejection('tooManyEntries', `${path}.events`)
  const result: Record<string, ExportedEvent> = {}
  for (const uid of uids) {
    const at = `${path}.events.${uid}`
    if (!EVENT_UID.test(uid)) throw new Rejection('unknownValue', at)
    const event = object(events[uid], at)
    exactKeys(event, ['sequence', 'hash', 'startsAt'], [], at)
    const { sequence, hash, startsAt } = event
    if (typeof sequence !== 'number' || typeof startsAt !== 'number') throw new Rejection('wrongType', at)
    if (!Number.isSafeInteger(sequence) || sequence < 0 || !Number.isSafeInteger(startsAt))
      throw new Rejection('outOfRange', at)
    if (!EVENT_HASH.test(text(hash, 9, `${at}.hash`))) throw new Rejection('unknownValue', `${at}.hash`)
    result[uid] = { sequence, hash: hash as string, startsAt }
  }
  return { calendarId: state.calendarId as string, events: result }
}

function readSettings(value: unknown, now: number): Partial<Settings> {
  const settings = object(value, 'settings')
  const result: Partial<Record<keyof Settings, unknown>> = {}
  for (const key of backedUpSettings) {
    if (Object.hasOwn(settings, key)) result[key] = settingReaders[key]!(settings[key], `settings.${key}`, now)
  }
  return result as Partial<Settings>
}

function readLock(value: unknown): BackupLock | null {
  if (value === null) return null
  const lock = object(value, 'lock')
  exactKeys(lock, ['kdf', 'iter', 'salt', 'verifier'], [], 'lock')
  if (!isKdfParams(lock)) throw new Rejection('invalidEnvelope', 'lock')
  const verifier = readEnvelope(lock.verifier, 'lock.verifier')
  if (verifier.salt !== lock.salt || verifier.iter !== lock.iter)
    throw new Rejection('invalidEnvelope', 'lock.verifier')
  return { kdf: lock.kdf, iter: lock.iter, salt: lock.salt, verifier }
}

function readEnvelope(value: unknown, path: string): Envelope {
  const envelope = object(value, path)
  exactKeys(envelope, ['v', 'alg', 'kdf', 'iter', 'salt', 'iv', 'ct'], [], path)
  if (!isEnvelope(envelope, MAX_ENVELOPE_CHARS)) throw new Rejection('invalidEnvelope', path)
  const { v, alg, kdf, iter, salt, iv, ct } = envelope
  return { v, alg, kdf, iter, salt, iv, ct }
}

function readId(entry: Json): number | undefined {
  if (!Object.hasOwn(entry, 'id')) return undefined
  const id = entry.id
  if (typeof id !== 'number') throw new Rejection('wrongType', 'id')
  if (!Number.isSafeInteger(id) || id < 1) throw new Rejection('outOfRange', 'id')
  return id
}

const entryKeys = {
  v1: { required: ['at', 'mood', 'text', 'createdAt', 'updatedAt'], optional: ['id'] },
  current: {
    required: ['at', 'mood', 'feelings', 'helped', 'sleepHours', 'text', 'createdAt', 'updatedAt'],
    optional: ['id', 'harmThoughts'],
  },
  /** Only the times beside the envelope: mood and feelings are inside it. */
  sealed: { required: ['at', 'createdAt', 'updatedAt', 'sealed'], optional: ['id'] },
  /** Sealed before mood and feelings were: both beside the envelope, which lacks them. */
  oldShapeSealed: { required: ['at', 'mood', 'feelings', 'createdAt', 'updatedAt', 'sealed'], optional: ['id'] },
} as const

/**
 * A backup holds thousands of entries: their fields are checked under short paths, and the entry's
 * own path is put in front only once a problem is found.
 */
function readEntry(value: unknown, version: number, lock: BackupLock | null, path: string, now: number): BackupEntry {
  const entry = object(value, path)
  try {
    return version > 1 && Object.hasOwn(entry, 'sealed')
      ? readSealedEntry(entry, lock, now)
      : readOpenEntry(entry, version, now)
  } catch (error) {
    throw error instanceof Rejection ? error.within(path) : error
  }
}

function readOpenEntry(entry: Json, version: number, now: number): JournalEntry {
  const keys = version === 1 ? entryKeys.v1 : entryKeys.current
  exactKeys(entry, keys.required, keys.optional, '')
  const sleepHours = entry.sleepHours ?? null
  if (sleepHours !== null && typeof sleepHours !== 'number') throw new Rejection('wrongType', 'sleepHours')
  if (sleepHours !== null && !(sleepHours >= MIN_SLEEP_HOURS && sleepHours <= MAX_SLEEP_HOURS))
    throw new Rejection('outOfRange', 'sleepHours')
  if (typeof entry.mood !== 'number') throw new Rejection('wrongType', 'mood')
  const id = readId(entry)
  const fields: JournalEntry = {
    at: date(entry.at, 'at', now),
    mood: choice(entry.mood, moodLevels, 'mood'),
    feelings: version === 1 ? [] : setOf(entry.feelings, feelings, 'feelings'),
    helped: version === 1 ? [] : setOf(entry.helped, helpedOptions, 'helped'),
    sleepHours,
    text: text(entry.text, MAX_TEXT_LENGTH, 'text'),
    createdAt: date(entry.createdAt, 'createdAt', now),
    updatedAt: date(entry.updatedAt, 'updatedAt', now),
  }
  const result = id === undefined ? fields : { id, ...fields }
  if (Object.hasOwn(entry, 'harmThoughts')) result.harmThoughts = boolean(entry.harmThoughts, 'harmThoughts')
  return result
}

function readSealedEntry(entry: Json, lock: BackupLock | null, now: number): SealedEntry | OldShapeSealedEntry {
  // Either of the two readable beside the envelope makes it the old shape, which needs both.
  const oldShape = Object.hasOwn(entry, 'mood') || Object.hasOwn(entry, 'feelings')
  const keys = oldShape ? entryKeys.oldShapeSealed : entryKeys.sealed
  exactKeys(entry, keys.required, keys.optional, '')
  if (!lock) throw new Rejection('lockMissing', 'sealed')
  const sealed = readEnvelope(entry.sealed, 'sealed')
  if (sealed.salt !== lock.salt || sealed.iter !== lock.iter) throw new Rejection('invalidEnvelope', 'sealed')
  const id = readId(entry)
  const times = {
    at: date(entry.at, 'at', now),
    createdAt: date(entry.createdAt, 'createdAt', now),
    updatedAt: date(entry.updatedAt, 'updatedAt', now),
  }
  let fields: SealedEntry | OldShapeSealedEntry = { ...times, sealed }
  if (oldShape) {
    if (typeof entry.mood !== 'number') throw new Rejection('wrongType', 'mood')
    const mood = choice(entry.mood, moodLevels, 'mood')
    fields = { ...times, mood, feelings: setOf(entry.feelings, feelings, 'feelings'), sealed }
  }
  return id === undefined ? fields : { id, ...fields }
}

/**
 * Two entries are the same when all but their ids are. Writing every entry out to compare them would
 * cost more than the rest of the check, so only entries for the same moment (rare) are written out.
 */
function findDuplicates(journal: BackupEntry[]): void {
  const ids = new Set<number>()
  const byMoment = new Map<number, BackupEntry | Set<string>>()
  journal.forEach((entry, index) => {
    if (entry.id !== undefined) {
      if (ids.has(entry.id)) throw new Rejection('duplicateId', `journal[${index}].id`)
      ids.add(entry.id)
    }
    const earlier = byMoment.get(entry.at)
    if (earlier === undefined) {
      byMoment.set(entry.at, entry)
      return
    }
    const contents = earlier instanceof Set ? earlier : new Set([contentOf(earlier)])
    const content = contentOf(entry)
    if (contents.has(content)) throw new Rejection('duplicateEntry', `journal[${index}]`)
    contents.add(content)
    byMoment.set(entry.at, contents)
  })
}

function contentOf(entry: BackupEntry): string {
  const { id: _id, ...content } = entry
  return JSON.stringify(content)
}

// ---- Version 3: the baby's log.

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
      if (Object.hasOwn(event, 'lengthCm'))
        weight.lengthCm = optionalNumber(event.lengthCm, LENGTH_CM.min, LENGTH_CM.max, 'lengthCm')
      if (Object.hasOwn(event, 'headCm'))
        weight.headCm = optionalNumber(event.headCm, HEAD_CM.min, HEAD_CM.max, 'headCm')
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
function readLog(
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
