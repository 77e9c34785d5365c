import { act } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { defaultVoteSettings } from '../../../../src/domain/facilitation'
import { i18n } from '../../../../src/i18n'
import { writeSessionVote } from '../../../../src/room/sessionVote'
import { appStore } from '../../../../src/store'
import { voteCountStore } from '../../../../src/store/voteCount'
import { createParticipantVote } from '../../../../src/ui/participant/participantVote'
import { VoteBar } from '../../../../src/ui/participant/VoteBar'
import { useDom } from '../../support/renderDom'
import { openVoteMap } from '../facilitation/voteFixtures'

const dom = useDom(async () => {
  voteCountStore.setState({ count: null, hiddenDots: null })
  appStore.getState().patchWorkspace({ voteTap: null })
  await act(() => i18n.changeLanguage('en'))
})
afterEach(() => vi.useRealTimers())

const answer = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } })
const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)))

describe('a room vote with a duration, on a participant’s screen', () => {
  it('says time is up at the end on the host’s clock, stops taking clicks as dots, and shows the host’s refusal as the same', async () => {
    const { cards } = openVoteMap()
    const shared = new Y.Doc()
    // This device's clock runs 5 s behind the host's: the end is the host's, not the device's.
    let device = 1_000_000
    const hostNow = () => device + 5_000
    const fetchImpl = vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { op: string }
      return body.op === 'cast' ? answer({ ok: false, reason: 'timeUp' }) : answer({ ok: true, open: true, mine: {}, left: 3, totals: null, done: false })
    })
    const vote = createParticipantVote(appStore, { access: 'edit', voter: { room: 'r1', code: 'c1', pid: 'p1' }, origin: 'http://room.test:1', fetchImpl: fetchImpl as unknown as typeof fetch, hostNow })
    vote.attach(shared)
    dom.render(<VoteBar vote={vote} phone={false} />)
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const settings = { ...defaultVoteSettings(), votesPerPerson: 3, durationMs: 10_000 }
    act(() => writeSessionVote(shared, { status: 'open', settings, eligible: [cards.search.id], startedAt: hostNow() }))
    await act(async () => vi.advanceTimersByTimeAsync(0))
    expect(dom.host.textContent).toContain('3 left')
    expect(appStore.getState().voteTap).not.toBeNull()

    device += 9_999
    await act(async () => vi.advanceTimersByTimeAsync(9_999))
    expect(dom.host.textContent).toContain('3 left')
    device += 1
    await act(async () => vi.advanceTimersByTimeAsync(1))
    expect(dom.host.querySelector('[role="status"]')?.textContent).toBe('Time is up: no more dots.')
    expect(dom.host.querySelector('[data-testid="participant-vote-done"]')).toBeNull()
    expect(appStore.getState().voteTap).toBeNull()
    vi.useRealTimers()

    // A vote whose end this device has not reached yet (a clock the offset has not corrected): the host's refusal ends it.
    act(() => writeSessionVote(shared, { status: 'open', settings: { ...settings, durationMs: 60_000 }, eligible: [cards.search.id], startedAt: hostNow() + 1 }))
    await flush()
    expect(dom.host.textContent).toContain('3 left')
    await act(async () => vote.cast(cards.search.id))
    await flush()
    expect(dom.host.querySelector('[role="status"]')?.textContent).toBe('Time is up: no more dots.')
    expect(dom.host.querySelector('[role="alert"]')).toBeNull()
    expect(appStore.getState().voteTap).toBeNull()
  })
})
