import { act } from 'react'
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { i18n } from '../../../../src/i18n'
import { setSessionPrivate } from '../../../../src/room/sessionPrivate'
import type { RoomHostRequest, RoomHostResponse } from '../../../../src/room/types'
import { CLOSED, type HostedRoom } from '../../../../src/ui/roomHost/hostedRoom'
import { HostedRoomContext } from '../../../../src/ui/roomHost/HostedRoomContext'
import { useDom } from '../../support/renderDom'
import { button, click } from './voteFixtures'
import { isolated } from '../../../../src/i18n/isolated'

const host = vi.hoisted(() => ({ room: vi.fn(async (_request: unknown): Promise<unknown> => ({ ok: true, info: null })) }))
vi.mock('../../../../src/platform', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../src/platform')>()
  return { ...real, platform: { ...real.platform, room: host.room } }
})

const { PrivatePanel } = await import('../../../../src/ui/facilitation/private/PrivatePanel')

const dom = useDom(async () => {
  host.room.mockReset()
  await act(() => i18n.changeLanguage('en'))
})

function hostedRoom(shared: Y.Doc | null): HostedRoom {
  const info = { roomId: 'room1', port: 1, code: 'c', viewCode: 'v', shortCode: 's', addresses: [], hostWsUrl: 'ws://127.0.0.1:1/?code=c' }
  const person = (id: string, name: string) => ({ id, name, color: '#000', access: 'edit' as const, connected: true })
  const state = { ...CLOSED, info, participants: [person('p-ana', 'Ana'), person('p-bo', 'Bo')] }
  return { getState: () => state, presence: () => null, sharedDoc: () => shared, subscribe: () => () => undefined, open: vi.fn(), close: vi.fn(), newCode: vi.fn(), remove: vi.fn() }
}

const flush = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)))

describe('the facilitator’s private writing panel', () => {
  it('starts a round with the anonymity chosen, shows counts per person (never text) and reveals', async () => {
    const shared = new Y.Doc()
    const progress = { anonymous: false, startedAt: 5, counts: { 'p-ana': 2 } }
    host.room.mockImplementation(async (request: unknown): Promise<RoomHostResponse> => {
      const r = request as RoomHostRequest
      // The host writes the session itself; here the fake does what it would.
      if (r.op === 'privateStart') setSessionPrivate(shared, { anonymous: r.anonymous, startedAt: 5 })
      if (r.op === 'privateReveal') setSessionPrivate(shared, null)
      return { ok: true, info: null, private: progress }
    })
    dom.render(
      <HostedRoomContext.Provider value={hostedRoom(shared)}>
        <PrivatePanel />
      </HostedRoomContext.Provider>,
    )
    const anonymous = dom.host.querySelector<HTMLInputElement>('[data-testid="private-anonymous"]')!
    expect(anonymous.checked).toBe(true)
    await act(async () => click(anonymous))
    await act(async () => click(button(dom.host, 'Start private writing')))
    await flush()
    expect(host.room.mock.calls[0]![0]).toEqual({ op: 'privateStart', roomId: 'room1', anonymous: false })
    expect(dom.host.textContent).toContain('Private writing is on')
    const counts = [...dom.host.querySelectorAll('[data-testid="private-count"]')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim())
    expect(counts).toEqual(['Ana 2'])

    await act(async () => click(button(dom.host, 'Reveal 2 cards')))
    await flush()
    expect(host.room.mock.calls.map(([r]) => (r as RoomHostRequest).op)).toContain('privateReveal')
    expect(dom.host.textContent).toContain('The cards are on the board for everyone.')
    expect(dom.host.querySelector('[data-testid="private-start"]')).not.toBeNull()
  })

  it('says what went wrong when the host refuses, and asks for a room first', async () => {
    host.room.mockResolvedValue({ ok: false, error: 'noRoom', message: 'The room is not open.' })
    dom.render(
      <HostedRoomContext.Provider value={hostedRoom(new Y.Doc())}>
        <PrivatePanel />
      </HostedRoomContext.Provider>,
    )
    await act(async () => click(button(dom.host, 'Start private writing')))
    await flush()
    expect(dom.host.querySelector('[role="alert"]')?.textContent).toBe(`The host did not do it: ${isolated('The room is not open.')}`)
    dom.render(
      <HostedRoomContext.Provider value={null}>
        <PrivatePanel />
      </HostedRoomContext.Provider>,
    )
    expect(dom.host.textContent).toContain('Open the room first')
  })
})
