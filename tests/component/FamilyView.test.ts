import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useDatabaseNamed } from '@/db/connection'
import { applyPayload, createFamily, joinFamily, loadMembership, makePayload } from '@/db/family'
import { addEvent, allLogRecords, ensureBaby, updateEvent } from '@/db/log'
import { saveProfile } from '@/db/profile'
import { familyCode } from '@/domain/familyCode'
import { sealExchange } from '@/domain/familyExchange'
import { emptyProfile } from '@/domain/profile'
import { useProfileStore } from '@/stores/profile'
import FamilyView from '@/views/FamilyView.vue'
import { mountWithApp } from './mountWithApp'

enableAutoUnmount(afterEach)

beforeEach(async () => {
  // Opened first, as the app does before its pages: live queries follow a database already open.
  await loadMembership()
})

type Wrapper = Awaited<ReturnType<typeof mountWithApp>>['wrapper']
const button = (wrapper: Wrapper, name: string) => wrapper.findAll('button').find((item) => item.text() === name)!

describe('the family page', () => {
  it('starts a family and shows its code, with a warning about who may see it', async () => {
    const { wrapper } = await mountWithApp(FamilyView)
    await vi.waitFor(() => expect(wrapper.find('[data-testid="family-create"]').exists()).toBe(true))
    await wrapper.get('[data-testid="family-create"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="family-code"]').exists()).toBe(true))
    const membership = await loadMembership()
    expect((wrapper.get('[data-testid="family-code"]').element as HTMLTextAreaElement).value).toBe(
      familyCode(membership!),
    )
    expect(wrapper.text()).toContain('show it only to your partner')
    // The same code to scan: 92 characters need version 6 at level M, 41 modules a side, and a border of 4.
    await vi.waitFor(() => expect(wrapper.find('[data-testid="qr-code"]').exists()).toBe(true))
    const qr = wrapper.get('[data-testid="qr-code"]')
    expect(qr.attributes('role')).toBe('img')
    expect(qr.attributes('aria-label')).toBe("The same code as a QR code: scan it with your partner's phone")
    expect(qr.attributes('viewBox')).toBe('0 0 49 49')
    expect(wrapper.get('[data-testid="family-status"]').text()).toContain('Nothing has come from your partner')
  })

  it('refuses a pasted text that is not a family code, says why in the field, and keeps what was pasted', async () => {
    const { wrapper } = await mountWithApp(FamilyView, {}, 'sv')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="family-join-code"]').exists()).toBe(true))
    const field = wrapper.get('[data-testid="family-join-code"]')
    await field.setValue('hello there')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const error = wrapper.get('[role="alert"]')
    expect(error.text()).toContain('ingen familjekod')
    expect(field.attributes('aria-invalid')).toBe('true')
    expect(field.attributes('aria-describedby')).toContain(error.attributes('id'))
    expect((field.element as HTMLTextAreaElement).value).toBe('hello there')
    expect(await loadMembership()).toBeNull()
  })

  it('joins with a code pasted with line breaks a messenger added', async () => {
    const phone = `cocoon-family-phone-${process.pid}`
    await useDatabaseNamed(phone)
    const other = await createFamily()
    await useDatabaseNamed(`cocoon-family-joiner-${process.pid}`)
    const { wrapper } = await mountWithApp(FamilyView, {}, 'nl')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="family-join-code"]').exists()).toBe(true))
    const code = familyCode(other)
    await wrapper.get('[data-testid="family-join-code"]').setValue(`${code.slice(0, 30)}\n${code.slice(30)}`)
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="family-code"]').exists()).toBe(true))
    expect(await loadMembership()).toMatchObject({ familyId: other.familyId, secret: other.secret })
    expect(wrapper.text()).toContain('Twee telefoons, één gezin')
  })

  it('leaves the family only after a second, deliberate tap', async () => {
    await createFamily()
    const { wrapper } = await mountWithApp(FamilyView)
    await vi.waitFor(() => expect(wrapper.find('[data-testid="family-leave"]').exists()).toBe(true))
    await wrapper.get('[data-testid="family-leave"]').trigger('click')
    expect(await loadMembership()).not.toBeNull()
    expect(wrapper.text()).toContain('stops exchanging')
    await button(wrapper, 'Cancel').trigger('click')
    expect(await loadMembership()).not.toBeNull()
    await wrapper.get('[data-testid="family-leave"]').trigger('click')
    await wrapper.get('[data-testid="family-confirm"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.get('[data-testid="family-notice"]').text()).toContain('has left the family'))
    expect(await loadMembership()).toBeNull()
    expect(wrapper.find('[data-testid="family-create"]').exists()).toBe(true)
  })

  it('takes in a file from the partner, and a phone that joined before knowing the birth knows it now', async () => {
    await useDatabaseNamed(`cocoon-family-sender-${process.pid}`)
    const birthAt = Date.now() - 3 * 24 * 60 * 60 * 1000
    await saveProfile({ ...emptyProfile('SE'), birthAt })
    const family = await createFamily()
    const sealed = await sealExchange(family, JSON.stringify(await makePayload()))
    await useDatabaseNamed(`cocoon-family-receiver-${process.pid}`)
    await joinFamily(family)

    const { wrapper } = await mountWithApp(FamilyView)
    expect(useProfileStore().hasProfile).toBe(false)
    await vi.waitFor(() => expect(wrapper.find('[data-testid="family-receive"]').exists()).toBe(true))
    const input = wrapper.get('[data-testid="family-receive"]')
    Object.defineProperty(input.element, 'files', { value: [new File([sealed], 'cocoon-changes.cocoon')] })
    await input.trigger('change')
    await vi.waitFor(() =>
      expect(wrapper.get('[data-testid="family-receive-status"]').text()).toBe(
        "Your partner's changes are in: 1 record added or updated.",
      ),
    )
    expect(useProfileStore().profile).toMatchObject({ country: 'SE', birthAt })
  })

  it('joins by scanning the partner’s QR code where the browser can read one, and lets the camera go', async () => {
    const phone = `cocoon-family-scanned-${process.pid}`
    await useDatabaseNamed(phone)
    const other = await createFamily()
    await useDatabaseNamed(`cocoon-family-scanner-${process.pid}`)
    const track = { stop: vi.fn() }
    vi.stubGlobal(
      'BarcodeDetector',
      class {
        detect = vi
          .fn()
          .mockResolvedValueOnce([])
          .mockResolvedValue([{ rawValue: familyCode(other) }])
      },
    )
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: {
        getUserMedia: vi.fn().mockResolvedValue(Object.assign(new MediaStream(), { getTracks: () => [track] })),
      },
    })
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue()
    try {
      const { wrapper } = await mountWithApp(FamilyView)
      await vi.waitFor(() => expect(wrapper.find('[data-testid="qr-scan"]').exists()).toBe(true))
      await wrapper.get('[data-testid="qr-scan"]').trigger('click')
      await vi.waitFor(() => expect(wrapper.find('[data-testid="family-code"]').exists()).toBe(true))
      expect(await loadMembership()).toMatchObject({ familyId: other.familyId })
      expect(track.stop).toHaveBeenCalled()
    } finally {
      vi.unstubAllGlobals()
      Reflect.deleteProperty(navigator, 'mediaDevices')
    }
  })

  it('offers no camera button where the browser cannot read QR codes', async () => {
    const { wrapper } = await mountWithApp(FamilyView)
    await vi.waitFor(() => expect(wrapper.find('[data-testid="family-join-code"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="qr-scan"]').exists()).toBe(false)
  })

  it('shows a record both phones changed, both versions in words, and uses the other one on request', async () => {
    const T = Date.now() - 60 * 60 * 1000
    const nappy = (note: string) => ({ kind: 'nappy', contents: 'wet', stool: null, at: T, note }) as const
    const on = (phone: string) => useDatabaseNamed(`cocoon-family-conflict-${phone}-${process.pid}`)
    const exchange = async (from: string, to: string) => {
      await on(from)
      const payload = JSON.parse(JSON.stringify(await makePayload())) as Awaited<ReturnType<typeof makePayload>>
      await on(to)
      await applyPayload(payload)
    }
    await on('a')
    const family = await createFamily()
    const event = await addEvent((await ensureBaby(T)).id, nappy(''), T)
    await on('b')
    await joinFamily(family)
    await exchange('a', 'b')
    await exchange('b', 'a')
    await on('b')
    await updateEvent(event.id, nappy('from dad'), T + 2_000)
    await on('a')
    await updateEvent(event.id, nappy('from mum'), T + 1_000)
    await exchange('b', 'a')

    const { wrapper } = await mountWithApp(FamilyView)
    await vi.waitFor(() => expect(wrapper.find('[data-testid="family-conflicts"]').exists()).toBe(true))
    const conflict = wrapper.get('[data-testid="family-conflicts"] li')
    expect(conflict.text()).toContain('Kept')
    expect(conflict.text()).toContain('from dad')
    expect(conflict.text()).toContain('Other version')
    expect(conflict.text()).toContain('from mum')
    await button(wrapper, 'Use the other version').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="family-conflicts"]').exists()).toBe(false))
    expect((await allLogRecords()).events.map((stored) => stored.note)).toEqual(['from mum'])
  })

  it('hands the changes to the share sheet as a plain-text file a phone lets through, and says so', async () => {
    await createFamily()
    const share = vi.fn().mockResolvedValue(undefined)
    Object.assign(navigator, { canShare: () => true, share })
    try {
      const { wrapper } = await mountWithApp(FamilyView)
      await vi.waitFor(() => expect(wrapper.find('[data-testid="family-send"]').exists()).toBe(true))
      await wrapper.get('[data-testid="family-send"]').trigger('click')
      await vi.waitFor(() =>
        expect(wrapper.get('[data-testid="family-send-status"]').text()).toContain('ready to send'),
      )
      const [file] = (share.mock.calls[0]![0] as { files: File[] }).files
      expect(file!.name).toMatch(/^cocoon-changes-\d{4}-\d{2}-\d{2}-\d{4}\.cocoon\.txt$/)
      expect(file!.type).toBe('text/plain')
      // Sending is not taking in: the line for received changes stays empty.
      expect(wrapper.get('[data-testid="family-receive-status"]').text()).toBe('')
      await vi.waitFor(() =>
        expect(wrapper.get('[data-testid="family-status"]').text()).toContain(
          'Everything on this phone has been sent.',
        ),
      )
    } finally {
      Reflect.deleteProperty(navigator, 'canShare')
      Reflect.deleteProperty(navigator, 'share')
    }
  })
})
