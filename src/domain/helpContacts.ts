import type { Country } from './profile'
import type { Concern, RedFlag, Urgency } from './redFlags'

export type HelpLineKind = 'emergency' | 'advice' | 'mentalHealth'

export interface HelpLine {
  kind: HelpLineKind
  /** Stable id for texts: locale key `help.lines.<id>`. */
  id: string
  /** What to dial, as shown; `tel` is the same for a tel: link. */
  number: string
  tel: string
}

/**
 * Numbers from the fact sheet (section 5). Where the fact sheet has no verified number (a Dutch
 * huisartsenpost, a local GP), the texts name the service instead of inventing a number.
 */
export const helpLines: Record<Country, readonly HelpLine[]> = {
  SE: [
    { kind: 'emergency', id: 'se112', number: '112', tel: '112' },
    { kind: 'advice', id: 'se1177', number: '1177', tel: '1177' },
    { kind: 'mentalHealth', id: 'se90101', number: '90101', tel: '90101' },
  ],
  NL: [
    { kind: 'emergency', id: 'nl112', number: '112', tel: '112' },
    { kind: 'mentalHealth', id: 'nl113', number: '113', tel: '113' },
    { kind: 'mentalHealth', id: 'nl08000113', number: '0800-0113', tel: '08000113' },
  ],
  UK: [
    { kind: 'emergency', id: 'uk999', number: '999', tel: '999' },
    { kind: 'advice', id: 'uk111', number: '111', tel: '111' },
    { kind: 'mentalHealth', id: 'uk116123', number: '116 123', tel: '116123' },
  ],
  other: [{ kind: 'emergency', id: 'other112', number: '112', tel: '112' }],
}

export function emergencyLine(country: Country): HelpLine {
  return helpLines[country].find((line) => line.kind === 'emergency')!
}

/**
 * Care services a parent calls without a national number: their own midwife, maternity unit or
 * doctor. Named, never given an invented number. Texts: `help.services.<id>.name` and `.when`.
 */
export const careServices: Record<Country, readonly string[]> = {
  SE: ['seMaternityUnit', 'seBvc', 'seBmm'],
  NL: ['nlVerloskundige', 'nlHuisarts', 'nlConsultatiebureau'],
  UK: ['ukMaternityTriage', 'ukGp', 'ukHealthVisitor'],
  other: ['otherMidwife', 'otherDoctor'],
}

/**
 * The lines to offer next to a warning sign: the emergency number when it is an emergency,
 * otherwise the country's mental-health lines for the mind and its advice line for the body.
 * Empty where the country has no national line; the texts then name the care service.
 */
export function linesFor(country: Country, urgency: Urgency, concern: Concern): HelpLine[] {
  if (urgency === 'emergency') return [emergencyLine(country)]
  const kind: HelpLineKind = concern === 'mind' && urgency === 'sameDay' ? 'mentalHealth' : 'advice'
  return helpLines[country].filter((line) => line.kind === kind)
}

/**
 * The lines for one sign. Possible psychosis goes to same-day medical help (1177, NHS 111; in the
 * Netherlands the huisarts or huisartsenpost, which has no national number) and never to a suicide
 * line; the emergency number comes next, for danger. Mastitis takes the lines of any body sign.
 */
export function linesForFlag(country: Country, flag: RedFlag): HelpLine[] {
  if (flag.route === 'psychosis')
    return [...helpLines[country].filter((line) => line.kind === 'advice'), emergencyLine(country)]
  return linesFor(country, flag.urgency, flag.concern)
}
