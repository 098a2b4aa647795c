import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import FamilyLive from '@/components/family/FamilyLive.vue'
import { createFamily, loadMembership } from '@/db/family'
import { newMembership } from '@/domain/familyCode'
import { sealSignal } from '@/domain/liveSignal'
import { useFamilyStore } from '@/stores/family'
import { mountWithApp } from './mountWithApp'

enableAutoUnmount(afterEach)

// happy-dom has no WebRTC. A code that is refused never reaches the connection, so a constructor
// that counts its calls is all these tests need.
const connections = vi.fn()

beforeEach(async () => {
  await loadMembership()
  await createFamily()
  connections.mockClear()
  vi.stubGlobal('RTCPeerConnection', function RTCPeerConnection() {
    connections()
  })
  return () => vi.unstubAllGlobals()
})

async function mountInFamily(locale = 'en') {
  const mounted = await mountWithApp(FamilyLive, {}, locale)
  const family = useFamilyStore()
  await vi.waitFor(() => expect(family.membership).not.toBeNull())
  return mounted.wrapper
}

describe('connecting live', () => {
  it('says in the parent’s language that a pasted text is no connection code, linked to the field', async () => {
    const wrapper = await mountInFamily('sv')
    const field = wrapper.get('[data-testid="live-paste"]')
    await field.setValue('hello there')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const error = wrapper.get('[role="alert"]')
    expect(error.text()).toContain('ingen anslutningskod')
    expect(field.attributes('aria-invalid')).toBe('true')
    expect(field.attributes('aria-describedby')).toContain(error.attributes('id'))
    expect((field.element as HTMLTextAreaElement).value).toBe('hello there')
    expect(connections).not.toHaveBeenCalled()
  })

  it('refuses a code from another family’s phone before making any connection', async () => {
    const wrapper = await mountInFamily('nl')
    const stranger = newMembership((bytes) => globalThis.crypto.getRandomValues(bytes))
    await wrapper.get('[data-testid="live-paste"]').setValue(await sealSignal(stranger, 'offer', 'v=0\r\n'))
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[role="alert"]').text()).toContain('ander gezin'))
    expect(connections).not.toHaveBeenCalled()
  })

  it('says a reply code belongs on the other phone', async () => {
    const wrapper = await mountInFamily()
    const own = (await loadMembership())!
    await wrapper.get('[data-testid="live-paste"]').setValue(await sealSignal(own, 'answer', 'v=0\r\n'))
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[role="alert"]').text()).toContain('That is a reply code.'))
    expect(wrapper.get('[data-testid="live-status"]').text()).toBe('Not connected.')
  })

  it('offers the file instead where the browser cannot connect directly', async () => {
    vi.unstubAllGlobals()
    const wrapper = await mountInFamily()
    expect(wrapper.text()).toContain('cannot connect to another phone directly')
    expect(wrapper.find('[data-testid="live-start"]').exists()).toBe(false)
  })
})
