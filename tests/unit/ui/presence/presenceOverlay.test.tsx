import { act, createRef } from 'react'
import { describe, expect, it } from 'vitest'
import { fitViewport } from '../../../../src/canvas/viewport'
import type { RoomPresence } from '../../../../src/room/types'
import { appStore } from '../../../../src/store'
import { DEFAULT_VIEWPORT } from '../../../../src/store/sessionSlice'
import type { Peer, PresenceSource } from '../../../../src/ui/presence/presence'
import { PresenceContext } from '../../../../src/ui/presence/PresenceContext'
import { PresenceOverlay } from '../../../../src/ui/presence/PresenceOverlay'
import { useDom } from '../../support/renderDom'
import { isolated } from '../../../../src/i18n/isolated'

const dom = useDom(() => appStore.getState().setViewport(DEFAULT_VIEWPORT))
const SIZE = { width: 800, height: 600 }

function fakeSource(initial: Peer[]) {
  let peers: readonly Peer[] = initial
  const listeners = new Set<() => void>()
  const published: Partial<RoomPresence>[] = []
  const source: PresenceSource = {
    peers: () => peers,
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    publish: (patch) => published.push(patch),
  }
  const set = (next: Peer[]) =>
    act(() => {
      peers = next
      for (const l of listeners) l()
    })
  return { source, set, published }
}

const ayla: Peer = {
  clientId: 7,
  participantId: 'p-ayla',
  name: 'Ayla',
  color: '#1971c2',
  access: 'edit',
  cursor: { x: 100, y: 50 },
  view: { x: 1000, y: 200, width: 400, height: 300 },
  editing: null,
}

function render(source: PresenceSource) {
  const container = createRef<HTMLDivElement>()
  dom.render(
    <PresenceContext.Provider value={source}>
      <div ref={container} data-testid="board">
        <PresenceOverlay size={SIZE} container={container} />
      </div>
    </PresenceContext.Provider>,
  )
  return dom.host.querySelector<HTMLDivElement>('[data-testid="board"]')!
}

describe('other people on the board', () => {
  it('shows each person’s cursor with their name where they point, moving with the view', () => {
    const { source } = fakeSource([ayla])
    render(source)
    const cursor = dom.host.querySelector<HTMLElement>('[data-testid="remote-cursor"]')!
    expect(cursor.textContent).toContain('Ayla')
    expect(cursor.style.transform).toBe('translate(100px, 50px)')
    act(() => appStore.getState().setViewport({ x: 50, y: 0, zoom: 2 }))
    expect(cursor.style.transform).toBe('translate(100px, 100px)')
  })

  it('says what someone is editing', () => {
    const { source } = fakeSource([{ ...ayla, editing: 'c1' }])
    appStore.setState({ doc: { cards: { c1: { text: 'Signs up for the newsletter' } } } as never })
    render(source)
    expect(dom.host.textContent).toContain(`${isolated('Ayla')} · ${isolated('Signs up for the newsletter')}`)
    appStore.setState({ doc: null })
  })

  it('follows a person: this screen fits their view, and one’s own wheel takes the view back', () => {
    const { source, set } = fakeSource([ayla])
    const board = render(source)
    const chip = dom.host.querySelector<HTMLButtonElement>('.presence-peer')!
    act(() => chip.click())
    expect(chip.getAttribute('aria-pressed')).toBe('true')
    expect(appStore.getState().viewport).toEqual(fitViewport(ayla.view!, SIZE.width, SIZE.height))
    const moved = { ...ayla, view: { x: 3000, y: 0, width: 400, height: 300 } }
    set([moved])
    expect(appStore.getState().viewport).toEqual(fitViewport(moved.view, SIZE.width, SIZE.height))
    act(() => void board.dispatchEvent(new WheelEvent('wheel', { bubbles: true })))
    set([{ ...ayla, view: { x: 9000, y: 0, width: 400, height: 300 } }])
    expect(appStore.getState().viewport).toEqual(fitViewport(moved.view, SIZE.width, SIZE.height))
  })

  it('publishes this person’s pointer in board pixels and their view', () => {
    const { source, published } = fakeSource([])
    const board = render(source)
    act(() => appStore.getState().setViewport({ x: 10, y: 20, zoom: 2 }))
    expect(published.at(-1)).toMatchObject({ view: { x: 10, y: 20, width: 400, height: 300 } })
    act(() => void board.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: 40, clientY: 60 })))
    expect(published.at(-1)).toEqual({ cursor: { x: 30, y: 50 } })
    act(() => void board.dispatchEvent(new PointerEvent('pointerleave')))
    expect(published.at(-1)).toEqual({ cursor: null })
  })

  it('draws nothing when working alone', () => {
    dom.render(<PresenceOverlay size={SIZE} container={createRef()} />)
    expect(dom.host.innerHTML).toBe('')
  })
})
