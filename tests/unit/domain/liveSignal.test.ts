import { describe, expect, it } from 'vitest'
import { base64Url, fromBase64Url, newMembership } from '@/domain/familyCode'
import { LIVE_CODE_PREFIX, openSignal, sealSignal } from '@/domain/liveSignal'

const random = <T extends Uint8Array<ArrayBuffer>>(bytes: T) => globalThis.crypto.getRandomValues(bytes)
const family = newMembership(random)
const SDP =
  'v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\na=candidate:1 1 udp 2122260223 192.0.2.2 50000 typ host\r\n'

describe('live connection codes', () => {
  it('opens an offer and an answer sealed by the same family', async () => {
    const offer = await sealSignal(family, 'offer', SDP)
    expect(offer.startsWith(LIVE_CODE_PREFIX)).toBe(true)
    expect(offer).toMatch(/^cocoon-live-1:[A-Za-z0-9_-]+$/)
    expect(await openSignal(family, offer, 'offer')).toEqual({ ok: true, type: 'offer', sdp: SDP })
    const answer = await sealSignal(family, 'answer', SDP)
    expect(await openSignal(family, answer, 'answer')).toEqual({ ok: true, type: 'answer', sdp: SDP })
  })

  it('ignores the spaces and line breaks a messenger adds', async () => {
    const offer = await sealSignal(family, 'offer', SDP)
    const wrapped = `  ${offer.slice(0, 30)}\n${offer.slice(30, 60)} ${offer.slice(60)}\n`
    expect(await openSignal(family, wrapped, 'offer')).toMatchObject({ ok: true, sdp: SDP })
  })

  it('does not show the SDP in the code', async () => {
    expect(await sealSignal(family, 'offer', SDP)).not.toContain('192.0.2.2')
  })

  it('refuses a code sealed by another family', async () => {
    const stranger = newMembership(random)
    const offer = await sealSignal(stranger, 'offer', SDP)
    expect(await openSignal(family, offer, 'offer')).toEqual({ ok: false, problem: 'otherFamily' })
  })

  it('refuses a code made with a key the family has since replaced', async () => {
    const before = { familyId: family.familyId, secret: newMembership(random).secret }
    const offer = await sealSignal(before, 'offer', SDP)
    expect(await openSignal(family, offer, 'offer')).toEqual({ ok: false, problem: 'damaged' })
  })

  it('refuses a code with a changed character', async () => {
    const offer = await sealSignal(family, 'offer', SDP)
    const at = offer.length - 10
    const changed = offer.slice(0, at) + (offer[at] === 'A' ? 'B' : 'A') + offer.slice(at + 1)
    expect(await openSignal(family, changed, 'offer')).toEqual({ ok: false, problem: 'damaged' })
  })

  it('refuses an offer where an answer is expected, and the other way round', async () => {
    const offer = await sealSignal(family, 'offer', SDP)
    const answer = await sealSignal(family, 'answer', SDP)
    expect(await openSignal(family, offer, 'answer')).toEqual({ ok: false, problem: 'wrongStep' })
    expect(await openSignal(family, answer, 'offer')).toEqual({ ok: false, problem: 'wrongStep' })
  })

  it('cannot pass an offer off as an answer by changing its step byte', async () => {
    const offer = await sealSignal(family, 'offer', SDP)
    // The first byte is the step: 'o' for an offer, 'a' for an answer.
    const bytes = fromBase64Url(offer.slice(LIVE_CODE_PREFIX.length))
    bytes[0] = 'a'.charCodeAt(0)
    const relabelled = LIVE_CODE_PREFIX + base64Url(bytes)
    expect(await openSignal(family, relabelled, 'answer')).toEqual({ ok: false, problem: 'damaged' })
  })

  it.each([
    ['an empty text', ''],
    ['a family code', `cocoon-family-1:${family.familyId}.${family.secret}`],
    ['a bare SDP', SDP],
    ['the prefix alone', LIVE_CODE_PREFIX],
    ['a code cut short', `${LIVE_CODE_PREFIX}bAAAA`],
    ['characters outside base64url', `${LIVE_CODE_PREFIX}b+/=`],
    ['a length base64 cannot have', `${LIVE_CODE_PREFIX}bAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`],
  ])('says %s is not a connection code', async (_, text) => {
    expect(await openSignal(family, text, 'offer')).toEqual({ ok: false, problem: 'notLiveCode' })
  })
})
