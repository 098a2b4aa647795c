import { useDebounceFn } from '@vueuse/core'
import { onScopeDispose, ref, watch } from 'vue'
import { JournalLockedError } from '@/db/journalCodec'
import { createReassembler, toFrames, type LiveMessage } from '@/domain/liveFrames'
import { openSignal, sealSignal, type LiveSignalProblem } from '@/domain/liveSignal'
import { useFamilyStore } from '@/stores/family'

export type LiveState = 'idle' | 'offering' | 'answering' | 'connecting' | 'connected' | 'closed' | 'failed'
/** Why changes did not go across an open connection: the lock is closed, or what came could not be added. */
export type LiveProblem = 'locked' | 'refused'

export interface UseLiveLinkOptions {
  /** How long to wait for ICE gathering to say it is complete before using the candidates found. */
  gatheringTimeoutMs?: number
  /** Edits made in a burst go across together. */
  sendDelayMs?: number
}

// A data channel sends a few frames ahead and then waits for the buffer to drain below this.
const LOW_WATER = 256 * 1024

function newId(): string {
  return [...globalThis.crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * Resolves once the connection has gathered its candidates, so that they all travel in the one code
 * (there is no server to trickle them through). Host candidates only, so gathering is quick; some
 * browsers only send the final null candidate, and one that says neither gets `timeoutMs`.
 */
function gathered(connection: RTCPeerConnection, timeoutMs: number): Promise<void> {
  if (connection.iceGatheringState === 'complete') return Promise.resolve()
  return new Promise((resolve) => {
    const listening = new AbortController()
    const done = () => {
      clearTimeout(timer)
      listening.abort()
      resolve()
    }
    const timer = setTimeout(done, timeoutMs)
    const { signal } = listening
    connection.addEventListener(
      'icegatheringstatechange',
      () => connection.iceGatheringState === 'complete' && done(),
      { signal },
    )
    connection.addEventListener('icecandidate', (event) => event.candidate === null && done(), { signal })
  })
}

/** Resolves when the channel's buffer has drained (or the channel closed, so nothing more is sent). */
function drained(channel: RTCDataChannel): Promise<void> {
  return new Promise((resolve) => {
    const listening = new AbortController()
    const done = () => {
      listening.abort()
      resolve()
    }
    channel.addEventListener('bufferedamountlow', done, { signal: listening.signal })
    channel.addEventListener('close', done, { signal: listening.signal })
  })
}

/**
 * A live connection to the partner's phone over a WebRTC data channel, with no signalling server and
 * no STUN or TURN: the parents paste an offer code and an answer code across (liveSignal.ts), and the
 * phones reach each other directly on the same network. Once open, each side sends its whole shared
 * state, sends it again as it changes, and takes in what comes (useFamilyStore().receive).
 */
export function useLiveLink(options: UseLiveLinkOptions = {}) {
  const { gatheringTimeoutMs = 5_000, sendDelayMs = 1_000 } = options
  const family = useFamilyStore()
  const supported = typeof globalThis.RTCPeerConnection === 'function'
  const state = ref<LiveState>('idle')
  const offerCode = ref('')
  const answerCode = ref('')
  const lastExchangeAt = ref<number | null>(null)
  const problem = ref<LiveProblem | null>(null)

  let connection: RTCPeerConnection | null = null
  let channel: RTCDataChannel | null = null
  let reassembler = createReassembler()
  // Sent changes not yet confirmed by the other phone: only a confirmation marks them as sent.
  const unconfirmed = new Set<string>()
  // One exchange at a time: two merges at once would each miss the other's writes.
  let queue = Promise.resolve()
  // Each new attempt outdates the awaits of the one before it.
  let attempt = 0

  function membership() {
    const current = family.membership
    if (!current) throw new Error('Not in a family')
    return current
  }

  function teardown(): void {
    attempt += 1
    channel?.close()
    connection?.close()
    channel = null
    connection = null
    unconfirmed.clear()
    offerCode.value = ''
    answerCode.value = ''
  }

  function end(next: 'idle' | 'closed' | 'failed'): void {
    teardown()
    state.value = next
  }

  function enqueue(task: () => Promise<void>): void {
    queue = queue.then(task).catch(() => {
      // A storage failure is shown by the storage banner; here it only means nothing went across.
      problem.value = 'refused'
    })
  }

  async function sendFrames(open: RTCDataChannel, message: LiveMessage): Promise<void> {
    for (const frame of toFrames(message)) {
      if (open.bufferedAmount > open.bufferedAmountLowThreshold) await drained(open)
      if (open.readyState !== 'open') return
      open.send(frame)
    }
  }

  async function sendChanges(): Promise<void> {
    const open = channel
    if (open?.readyState !== 'open') return
    let sealed: string
    try {
      sealed = await family.sealedChanges()
    } catch (error) {
      if (!(error instanceof JournalLockedError)) throw error
      problem.value = 'locked'
      return
    }
    const id = newId()
    unconfirmed.add(id)
    await sendFrames(open, { id, kind: 'changes', body: sealed })
  }

  async function take(message: LiveMessage): Promise<void> {
    if (message.kind === 'ack') {
      if (!unconfirmed.delete(message.id)) return
      await family.sent()
      lastExchangeAt.value = Date.now()
      return
    }
    const open = channel
    const received = await family.receive(message.body)
    if (!received.ok) {
      problem.value = received.problem === 'locked' ? 'locked' : 'refused'
      return
    }
    problem.value = null
    lastExchangeAt.value = Date.now()
    if (open?.readyState === 'open') await sendFrames(open, { id: message.id, kind: 'ack', body: '' })
  }

  function attach(opened: RTCDataChannel): void {
    channel = opened
    opened.bufferedAmountLowThreshold = LOW_WATER
    const opening = () => {
      if (opened !== channel) return
      state.value = 'connected'
      problem.value = null
      enqueue(sendChanges)
    }
    // The answering side may be handed a channel that is open already.
    if (opened.readyState === 'open') opening()
    else opened.addEventListener('open', opening)
    opened.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (typeof event.data !== 'string') return
      const message = reassembler.take(event.data)
      if (message) enqueue(() => take(message))
    })
    opened.addEventListener('close', () => opened === channel && end('closed'))
  }

  function begin(next: 'offering' | 'answering'): RTCPeerConnection {
    teardown()
    // No ICE servers: host candidates only, so nothing about the connection passes through a server.
    const created = new RTCPeerConnection({ iceServers: [] })
    created.addEventListener('connectionstatechange', () => {
      if (created === connection && created.connectionState === 'failed') end('failed')
    })
    connection = created
    reassembler = createReassembler()
    problem.value = null
    state.value = next
    return created
  }

  /** Phone A: makes the first code, shown as `offerCode`. */
  async function startOffer(): Promise<void> {
    const mine = begin('offering')
    const current = attempt
    try {
      attach(mine.createDataChannel('cocoon'))
      await mine.setLocalDescription(await mine.createOffer())
      await gathered(mine, gatheringTimeoutMs)
      const code = await sealSignal(membership(), 'offer', mine.localDescription!.sdp)
      if (current === attempt) offerCode.value = code
    } catch {
      if (current === attempt) end('failed')
    }
  }

  /** Phone B: takes phone A's code and makes the reply, shown as `answerCode`; a problem if the code is not right. */
  async function answer(text: string): Promise<LiveSignalProblem | null> {
    const opened = await openSignal(membership(), text, 'offer')
    if (!opened.ok) return opened.problem
    const mine = begin('answering')
    const current = attempt
    mine.addEventListener('datachannel', (event) => current === attempt && attach(event.channel))
    try {
      await mine.setRemoteDescription({ type: 'offer', sdp: opened.sdp })
      await mine.setLocalDescription(await mine.createAnswer())
      await gathered(mine, gatheringTimeoutMs)
      const code = await sealSignal(membership(), 'answer', mine.localDescription!.sdp)
      if (current !== attempt) return null
      answerCode.value = code
      if (state.value === 'answering') state.value = 'connecting'
    } catch {
      if (current === attempt) end('failed')
    }
    return null
  }

  /** Phone A: takes phone B's reply; the channel opens once the phones reach each other. */
  async function accept(text: string): Promise<LiveSignalProblem | null> {
    const mine = connection
    if (state.value !== 'offering' || !mine) return 'wrongStep'
    const opened = await openSignal(membership(), text, 'answer')
    if (!opened.ok) return opened.problem
    const current = attempt
    state.value = 'connecting'
    try {
      await mine.setRemoteDescription({ type: 'answer', sdp: opened.sdp })
    } catch {
      if (current === attempt) end('failed')
    }
    return null
  }

  /** Ends the connection; one still being set up goes back to the start, as if never begun. */
  function close(): void {
    if (connection) end(state.value === 'connected' ? 'closed' : 'idle')
  }

  // A local edit shows as a change waiting to be sent: it goes across a moment later.
  const sendSoon = useDebounceFn(() => enqueue(sendChanges), sendDelayMs)
  watch(
    () => family.status.waiting,
    (waiting) => {
      if (waiting > 0 && state.value === 'connected') void sendSoon()
    },
  )
  // Leaving the family, or a new family key, ends what was set up with the old one.
  watch(
    () => family.membership?.secret,
    () => close(),
  )
  onScopeDispose(() => teardown())

  return { supported, state, offerCode, answerCode, lastExchangeAt, problem, startOffer, answer, accept, close }
}
