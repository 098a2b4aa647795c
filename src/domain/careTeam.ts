import type { Country } from './profile'

/**
 * The family's own care contacts. The Netherlands has no national advice line, so without these an
 * NL parent has no number to press for a same-day problem; in Sweden and the UK they are the BB,
 * BVC or maternity triage numbers from the discharge papers. Texts: `careTeam.kinds.<kind>`.
 */
export const careContactKinds = [
  'verloskundige',
  'kraamzorg',
  'huisartsenpost',
  'bb',
  'bvc',
  'bmm',
  'maternityTriage',
  'midwife',
  'healthVisitor',
  'gp',
  'other',
] as const
export type CareContactKind = (typeof careContactKinds)[number]

export interface CareContact {
  kind: CareContactKind
  /** The family's own name for it ("Verloskundigenpraktijk De Wieg"); may be empty. */
  label: string
  /** As typed: spaces, dashes and a leading + are fine. */
  number: string
}

/** The kinds a country's families meet, in the order they are usually needed. */
export const careKindsFor: Record<Country, readonly CareContactKind[]> = {
  NL: ['verloskundige', 'kraamzorg', 'huisartsenpost', 'gp', 'other'],
  SE: ['bb', 'bvc', 'bmm', 'other'],
  UK: ['maternityTriage', 'midwife', 'healthVisitor', 'gp', 'other'],
  other: ['midwife', 'gp', 'other'],
}

/** Which saved kind answers for each care service the help texts and reminders name (helpContacts.ts). */
const kindForService: Readonly<Record<string, CareContactKind>> = {
  seMaternityUnit: 'bb',
  seBvc: 'bvc',
  seBmm: 'bmm',
  nlVerloskundige: 'verloskundige',
  nlHuisarts: 'gp',
  ukMaternityTriage: 'maternityTriage',
  ukGp: 'gp',
  ukHealthVisitor: 'healthVisitor',
  otherMidwife: 'midwife',
  otherDoctor: 'gp',
}

/** The family's own number for a care service, when they saved one that can be dialled. */
export function contactForService(team: readonly CareContact[], service: string): CareContact | undefined {
  const kind = kindForService[service]
  return kind === undefined
    ? undefined
    : team.find((contact) => contact.kind === kind && telOf(contact.number) !== null)
}

export const careTeamLimits = { contacts: 12, label: 60, number: 30 } as const

/** What a tel: link dials: digits and one leading +; null when it cannot be a phone number. */
export function telOf(number: string): string | null {
  const trimmed = number.trim()
  if (!/^\+?[\d\s\-().]+$/.test(trimmed)) return null
  const digits = trimmed.replace(/\D/g, '')
  if (digits.length < 3 || digits.length > 20) return null
  return (trimmed.startsWith('+') ? '+' : '') + digits
}

export function isCareContact(value: unknown): value is CareContact {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const contact = value as Record<string, unknown>
  return (
    Object.keys(contact).every((key) => key === 'kind' || key === 'label' || key === 'number') &&
    careContactKinds.includes(contact.kind as CareContactKind) &&
    typeof contact.label === 'string' &&
    contact.label.length <= careTeamLimits.label &&
    typeof contact.number === 'string' &&
    contact.number.length <= careTeamLimits.number &&
    telOf(contact.number) !== null
  )
}

/** The saved contacts in the order of the country's kinds (others last), first saved first. */
export function orderedCareTeam(team: readonly CareContact[], country: Country): CareContact[] {
  const order = careKindsFor[country]
  const rank = (kind: CareContactKind) => (order.includes(kind) ? order.indexOf(kind) : order.length)
  return team
    .map((contact, index) => ({ contact, index }))
    .sort((a, b) => rank(a.contact.kind) - rank(b.contact.kind) || a.index - b.index)
    .map(({ contact }) => contact)
}
