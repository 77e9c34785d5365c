import { act } from 'react'
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { results, type VoteSettings } from '../../../../src/domain/facilitation'
import { i18n } from '../../../../src/i18n'
import { readSessionVote } from '../../../../src/room/sessionVote'
import { ROOM_DOC, type RoomHostRequest, type RoomHostResponse } from '../../../../src/room/types'
import { appStore } from '../../../../src/store'
import { voteCountStore } from '../../../../src/store/voteCount'
import { CLOSED, type HostedRoom } from '../../../../src/ui/roomHost/hostedRoom'
import { HostedRoomContext } from '../../../../src/ui/roomHost/HostedRoomContext'
import { useDom } from '../../support/renderDom'
import { button, click, openVoteMap, type } from './voteFixtures'

const host = vi.hoisted(() => ({ room: vi.fn(async (_request: unknown): Promise<unknown> => ({ ok: true, info: null })) }))
vi.mock('../../../../src/platform', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../src/platform')>()
  return { ...real, platform: { ...real.platform, room: host.room } }
})

const { VotePanel } = await import('../../../../src/ui/facilitation/vote/VotePanel')

const dom = useDom(async () => {
  voteCountStore.setState({ count: null, hiddenDots: null })
  host.room.mockReset()
  await act(() => i18n.changeLanguage('en'))
})

/** A room the facilitator's window is in: two people with edit links and one viewer. */
function hostedRoom(shared: Y.Doc): HostedRoom {
  const info = { roomId: 'room1', port: 1, code: 'c', viewCode: 'v', shortCode: 's', addresses: [], hostWsUrl: 'ws://127.0.0.1:1/?code=c' }
  const person = (id: string, access: 'edit' | 'view') => ({ id, name: id, color: '#000', access, connected: true })
  const state = { ...CLOSED, info, participants: [person('ana', 'edit'), person('bo', 'edit'), person('dee', 'view')] }
  return { getState: () => state, presence: () => null, sharedDoc: () => shared, subscribe: () => () => undefined, open: vi.fn(), close: vi.fn(), newCode: vi.fn(), remove: vi.fn() }
}

const requests = () => host.room.mock.calls.map(([r]) => (r as RoomHostRequest).op)
const sessionVote = (doc: Y.Doc) => readSessionVote(doc.getMap(ROOM_DOC.session).get('vote'))
const input = (label: string) => [...dom.host.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label))!.querySelector('input')!

describe('the facilitator’s vote in the room', () => {
  it('starts with the chosen budgets, shows progress every two seconds, reveals into the history and hides the dots', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const { cards } = openVoteMap()
    const shared = new Y.Doc()
    let settings: VoteSettings | null = null
    host.room.mockImplementation(async (request: unknown): Promise<RoomHostResponse> => {
      const r = request as RoomHostRequest
      if (r.op === 'voteStart') settings = r.settings as VoteSettings
      if (r.op === 'voteProgress') return { ok: true, info: null, vote: { startedAt: 1, voters: 2, done: 1 } }
      if (r.op === 'voteReveal') {
        const res = results({ [cards.checkout.id]: 3, [cards.search.id]: 1 }, [cards.search.id, cards.checkout.id], { voters: 2, participants: 2 })
        return { ok: true, info: null, vote: { settings: settings!, startedAt: 1, results: res } }
      }
      return { ok: true, info: null }
    })
    dom.render(
      <HostedRoomContext.Provider value={hostedRoom(shared)}>
        <VotePanel />
      </HostedRoomContext.Provider>,
    )
    type(input('Votes per person'), '3')
    type(input('Most votes on one card'), '2')
    await act(async () => click(button(dom.host, 'Vote in the room')))
    const start = host.room.mock.calls[0]![0] as Extract<RoomHostRequest, { op: 'voteStart' }>
    expect(start.op).toBe('voteStart')
    expect(start.settings).toMatchObject({ votesPerPerson: 3, capPerCard: 2, hideTallies: true, anonymous: true })
    expect(start.eligible).toHaveLength(5)
    const open = sessionVote(shared)
    expect(open).toMatchObject({ status: 'open', eligible: start.eligible, settings: { votesPerPerson: 3, capPerCard: 2 } })

    await act(async () => undefined)
    expect(dom.host.textContent).toContain('2 voting, 1 done, 2 in the room')
    await act(async () => vi.advanceTimersByTime(4_000))
    expect(requests().filter((op) => op === 'voteProgress').length).toBeGreaterThanOrEqual(3)

    await act(async () => click(button(dom.host, 'Reveal')))
    expect(sessionVote(shared)).toEqual({ status: 'revealed', totals: { [cards.checkout.id]: 3, [cards.search.id]: 1 } })
    const record = appStore.getState().facilitation.votes.at(-1)!
    expect(record.mode).toBe('ballots')
    expect(record.rows.map((r) => [r.text, r.votes, r.rank])).toEqual([
      ['Pays at checkout', 3, 1],
      ['Searches online', 1, 2],
    ])
    expect(dom.host.textContent).toContain('The results are on every screen.')

    await act(async () => click(button(dom.host, 'Hide the dots for everyone')))
    expect(sessionVote(shared)).toBeNull()
    expect(dom.host.textContent).toContain('Vote in the room')
    vi.useRealTimers()
  })

  it('cancels a vote: the host drops the ballots and the session forgets it', async () => {
    openVoteMap()
    const shared = new Y.Doc()
    host.room.mockImplementation(async () => ({ ok: true, info: null }))
    dom.render(
      <HostedRoomContext.Provider value={hostedRoom(shared)}>
        <VotePanel />
      </HostedRoomContext.Provider>,
    )
    await act(async () => click(button(dom.host, 'Vote in the room')))
    expect(sessionVote(shared)?.status).toBe('open')
    await act(async () => click(button(dom.host, 'Cancel the vote')))
    expect(requests()).toContain('voteCancel')
    expect(sessionVote(shared)).toBeNull()
    // Never a ballot in the shared document, whatever happened.
    expect(JSON.stringify(shared.getMap(ROOM_DOC.session).toJSON())).not.toMatch(/ballot|mine/)
  })

  it('offers no room vote without a room', () => {
    openVoteMap()
    dom.render(<VotePanel />)
    expect(dom.host.querySelector('[data-testid="room-vote-settings"]')).toBeNull()
  })
})
