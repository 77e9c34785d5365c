import { act } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { RoomConnection } from '../../../../src/room/types'
import { JoinScreen, SLOW_CONNECT_MS } from '../../../../src/ui/room/JoinScreen'
import { RoomStatusBar } from '../../../../src/ui/room/RoomStatusBar'
import { useDom } from '../../support/renderDom'
import { button, click, type } from './roomFixtures'
import { isolated } from '../../../../src/i18n/isolated'

const NAME_KEY = 'journeyboard.room.name'
const dom = useDom(() => localStorage.removeItem(NAME_KEY))

function render(status: RoomConnection['status'], roomCode?: string) {
  const props = { onJoin: vi.fn(), onDownload: vi.fn() }
  dom.render(<JoinScreen connection={{ status }} roomCode={roomCode} {...props} />)
  return props
}

const nameField = () => dom.host.querySelector<HTMLInputElement>('input.room-join-name')!
const text = () => dom.host.textContent ?? ''

function submit() {
  act(() => void dom.host.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })))
}

describe('joining the room', () => {
  afterEach(() => vi.useRealTimers())

  it('joins with the typed name and remembers it for next time', () => {
    const { onJoin } = render('connected')
    expect(nameField().value).toBe('')
    type(nameField(), '  Sara Ahmadi ')
    click(button(dom.host, 'Join'))
    expect(onJoin).toHaveBeenCalledWith('Sara Ahmadi')
    expect(localStorage.getItem(NAME_KEY)).toBe('Sara Ahmadi')

    dom.unmount()
    render('connected')
    expect(nameField().value).toBe('Sara Ahmadi')
  })

  it('works in an insecure context: no crypto.randomUUID, no async clipboard', () => {
    const uuid = vi.spyOn(crypto, 'randomUUID').mockImplementation(() => {
      throw new Error('crypto.randomUUID is not available over plain http')
    })
    const { onJoin } = render('connected')
    type(nameField(), 'Kari')
    click(button(dom.host, 'Join'))
    expect(onJoin).toHaveBeenCalledWith('Kari')
    expect(uuid).not.toHaveBeenCalled()
    uuid.mockRestore()
  })

  it('shows the room code to compare with the projector', () => {
    render('connecting', 'K7Q2xY')
    expect(dom.host.querySelector('.room-join-room-code')?.textContent).toBe(`Room code ${isolated('K7Q2xY')}: it should match the code on the facilitator’s screen.`)
  })

  it('does not join without a name', () => {
    const { onJoin } = render('connected')
    type(nameField(), '   ')
    expect(button(dom.host, 'Join').disabled).toBe(true)
    submit()
    expect(onJoin).not.toHaveBeenCalled()
  })

  it('lets a person type while connecting but joins once connected', () => {
    const { onJoin } = render('connecting')
    type(nameField(), 'Ana')
    expect(text()).toContain('Connecting to the room…')
    const wait = button(dom.host, 'Waiting for the room…')
    expect(wait.disabled).toBe(true)
    submit()
    expect(onJoin).not.toHaveBeenCalled()
  })

  it('points at the Wi-Fi when connecting takes long', () => {
    vi.useFakeTimers()
    render('connecting')
    expect(text()).not.toContain('same Wi-Fi')
    act(() => vi.advanceTimersByTime(SLOW_CONNECT_MS))
    expect(text()).toContain('Still connecting. Check that this device is on the same Wi-Fi')
  })

  it('says when the room cannot be reached', () => {
    render('offline')
    expect(text()).toContain('Cannot reach the room')
  })

  it('asks for the current QR code when the code is refused', () => {
    render('refused')
    expect(dom.host.querySelector('[role="alert"]')?.textContent).toContain('Ask the facilitator for the current QR code')
    expect(dom.host.querySelector('input')).toBeNull()
  })

  it('says when the facilitator removed the person', () => {
    render('removed')
    expect(dom.host.querySelector('h1')?.textContent).toBe('You were removed from the room')
    expect(dom.host.querySelector('button')).toBeNull()
  })

  it('offers the map as a file once the room is closed', () => {
    const { onDownload } = render('closed')
    expect(text()).toContain('The facilitator closed the room')
    click(button(dom.host, 'Download the map (.journey)'))
    expect(onDownload).toHaveBeenCalledTimes(1)
  })

  it('still works when storage is blocked', () => {
    const get = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError')
    })
    const set = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError')
    })
    const { onJoin } = render('connected')
    type(nameField(), 'Bo')
    click(button(dom.host, 'Join'))
    expect(onJoin).toHaveBeenCalledWith('Bo')
    get.mockRestore()
    set.mockRestore()
  })
})

describe('the status bar', () => {
  function bar(status: RoomConnection['status']) {
    dom.render(<RoomStatusBar connection={{ status }} />)
    return dom.host.textContent
  }

  it('says offline edits stay on the device', () => {
    expect(bar('offline')).toBe('You are offline. What you add stays on this device and is sent when you are back.')
  })

  it('shows connected and reconnecting', () => {
    expect(bar('connected')).toBe('Connected')
    dom.unmount()
    expect(bar('connecting')).toBe('Reconnecting…')
  })

  it('leaves the end of a session to the join screen', () => {
    expect(bar('closed')).toBe('')
  })
})
