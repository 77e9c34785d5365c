import { act } from 'react'
import { describe, expect, it, vi } from 'vitest'
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

const answer = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } })
const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)))

describe('a participant’s vote bar', () => {
  it('shows the dots left, casts by a click on the board, takes one back with Alt, says why a dot was refused, and Done', async () => {
    const { cards } = openVoteMap()
    const shared = new Y.Doc()
    const mine: Record<string, number> = {}
    const fetchImpl = vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { op: string; card?: string }
      if (body.op === 'cast' && body.card === cards.idea.id) return answer({ ok: false, reason: 'cardCap' })
      if (body.op === 'cast') mine[body.card!] = (mine[body.card!] ?? 0) + 1
      if (body.op === 'retract') mine[body.card!] = (mine[body.card!] ?? 1) - 1
      const used = Object.values(mine).reduce((a, b) => a + b, 0)
      return answer({ ok: true, open: true, mine, left: 3 - used, totals: null, done: body.op === 'done' })
    })
    const vote = createParticipantVote(appStore, { access: 'edit', voter: { room: 'r1', code: 'c1', pid: 'p1' }, origin: 'http://room.test:1', fetchImpl: fetchImpl as unknown as typeof fetch })
    vote.attach(shared)
    dom.render(<VoteBar vote={vote} phone={false} />)
    expect(dom.host.textContent).toBe('')

    const eligible = [cards.search.id, cards.checkout.id, cards.idea.id]
    act(() => writeSessionVote(shared, { status: 'open', settings: { ...defaultVoteSettings(), votesPerPerson: 3, capPerCard: 2 }, eligible, startedAt: 5 }))
    await flush()
    expect(dom.host.textContent).toContain('Click cards to vote · Alt+click takes a dot back · 3 left')
    expect(fetchImpl.mock.calls[0]![0]).toBe('http://room.test:1/room-vote')

    // The board's click is a dot while the vote is open.
    const tap = appStore.getState().voteTap!
    expect(tap).not.toBeNull()
    tap(cards.search.id, false)
    await flush()
    tap(cards.search.id, false)
    await flush()
    expect(dom.host.textContent).toContain('1 left')
    expect(voteCountStore.getState().count?.tally).toEqual({ [cards.search.id]: 2 })
    tap(cards.search.id, true)
    await flush()
    expect(dom.host.textContent).toContain('2 left')
    tap(cards.idea.id, false)
    await flush()
    expect(dom.host.querySelector('[role="alert"]')?.textContent).toBe('That card has all the dots it may get from you.')
    tap(cards.wait.id, false)
    await flush()
    expect(dom.host.querySelector('[role="alert"]')?.textContent).toBe('This card is not in the vote.')

    await act(async () => (dom.host.querySelector('[data-testid="participant-vote-done"]') as HTMLButtonElement).click())
    await flush()
    expect(dom.host.textContent).toContain('Done. Waiting for the reveal.')
    expect(appStore.getState().voteTap).toBeNull()

    // The reveal: the totals become the board's dots and the bar goes.
    act(() => writeSessionVote(shared, { status: 'revealed', totals: { [cards.checkout.id]: 4 } }))
    expect(dom.host.textContent).toBe('')
    expect(voteCountStore.getState().count?.tally).toEqual({ [cards.checkout.id]: 4 })
    act(() => writeSessionVote(shared, null))
    expect(voteCountStore.getState().count).toBeNull()
  })

  it('never asks the host or offers a bar on a view-only link, but shows the revealed dots', async () => {
    const { cards } = openVoteMap()
    const shared = new Y.Doc()
    const fetchImpl = vi.fn()
    const vote = createParticipantVote(appStore, { access: 'view', voter: { room: 'r1', code: 'v1', pid: 'p2' }, origin: 'http://room.test:1', fetchImpl: fetchImpl as unknown as typeof fetch })
    vote.attach(shared)
    dom.render(<VoteBar vote={vote} phone />)
    act(() => writeSessionVote(shared, { status: 'open', settings: defaultVoteSettings(), eligible: [cards.search.id], startedAt: 5 }))
    await flush()
    expect(appStore.getState().voteTap).toBeNull()
    expect(fetchImpl).not.toHaveBeenCalled()
    act(() => writeSessionVote(shared, { status: 'revealed', totals: { [cards.search.id]: 2 } }))
    expect(voteCountStore.getState().count?.tally).toEqual({ [cards.search.id]: 2 })
  })
})
