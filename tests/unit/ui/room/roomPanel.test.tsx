import { act } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RoomPanel, type RoomPanelProps } from '../../../../src/ui/room/RoomPanel'
import { useDom } from '../../support/renderDom'
import { address, button, buttons, click, hostInfo, PEOPLE } from './roomFixtures'
import { isolated } from '../../../../src/i18n/isolated'

const dom = useDom()

function render(overrides: Partial<RoomPanelProps> = {}) {
  const props: RoomPanelProps = {
    info: hostInfo(),
    opening: false,
    error: null,
    participants: PEOPLE,
    onOpen: vi.fn(),
    onClose: vi.fn(),
    onNewCode: vi.fn(),
    onRemove: vi.fn(),
    onShowProjector: vi.fn(),
    ...overrides,
  }
  dom.render(<RoomPanel {...props} />)
  return props
}

const text = () => dom.host.textContent ?? ''
const alerts = () => [...dom.host.querySelectorAll('[role="alert"]')].map((a) => a.textContent)

describe('the room panel, closed', () => {
  it('says what the room does and opens it', () => {
    const props = render({ info: null, participants: [] })
    expect(text()).toContain('over this room’s Wi-Fi')
    click(button(dom.host, 'Open the room'))
    expect(props.onOpen).toHaveBeenCalledTimes(1)
  })

  it('waits while opening and shows why opening failed', () => {
    render({ info: null, opening: true, error: 'EADDRINUSE: port 5199 is taken' })
    expect(button(dom.host, 'Opening the room…').disabled).toBe(true)
    expect(alerts()).toEqual([`The room could not open: ${isolated('EADDRINUSE: port 5199 is taken')}`])
  })
})

describe('the room panel, open', () => {
  it('shows the QR code of the join link, the short address and the code', () => {
    render()
    const qr = dom.host.querySelector<HTMLImageElement>('img.room-join-qr')!
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/)
    expect(qr.alt).toBe(`QR code to join the map at ${isolated('192.168.1.20:5199')}`)
    expect(dom.host.querySelector('.room-join-address')?.textContent).toBe('192.168.1.20:5199')
    expect(dom.host.querySelector('.room-join-code')?.textContent).toBe('K7Q2')
    const link = [...dom.host.querySelectorAll('input')].map((i) => i.value)
    expect(link).toContain('http://192.168.1.20:5199/#room=r1&code=EDIT-192.168.1.20')
  })

  it('warns when no address is on a network phones can reach, and says what to do', () => {
    render({ info: hostInfo([address('127.0.0.1', 'loopback', 'lo'), address('169.254.10.2', 'linkLocal', 'en0')]) })
    expect(alerts().join(' ')).toContain('No network that phones can use')
    expect(alerts().join(' ')).toContain('turn on its mobile hotspot')
    expect(text()).toContain('No real network')
    // Above the QR code, which here carries an address no phone can reach, and said again under the address.
    const warning = dom.host.querySelector('[role="alert"]')!
    const qr = dom.host.querySelector('img.room-join-qr')!
    expect(warning.compareDocumentPosition(qr) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(dom.host.querySelector('.room-join-kind')?.textContent).toBe('This computer only')
    // The remedies are open at once when nothing works.
    expect(dom.host.querySelector<HTMLDetailsElement>('details.room-help')?.open).toBe(true)
  })

  it('gives no warning with a LAN address, and keeps the firewall and hotspot advice one click away', () => {
    render()
    expect(alerts()).toEqual([])
    expect(dom.host.querySelector('.room-join-kind')).toBeNull()
    const help = dom.host.querySelector<HTMLDetailsElement>('details.room-help')!
    expect(help.open).toBe(false)
    expect(help.textContent).toContain('Allow it on private networks')
    expect(help.textContent).toContain('Local Network')
    expect(help.textContent).toContain('hotspot')
    expect(help.textContent).toContain('If no page loads, the phone cannot reach this laptop')
  })

  it('offers a chooser with several addresses and shows and projects the chosen one', () => {
    const wired = address('10.0.0.5', 'lan', 'eth0')
    const props = render({ info: hostInfo([address('192.168.1.20'), wired]) })
    const select = dom.host.querySelector('select')!
    act(() => {
      select.value = '10.0.0.5'
      select.dispatchEvent(new Event('change', { bubbles: true }))
    })
    expect(dom.host.querySelector('.room-join-address')?.textContent).toBe('10.0.0.5:5199')
    click(button(dom.host, 'Show on projector'))
    expect(props.onShowProjector).toHaveBeenCalledWith(wired)
  })

  it('has no chooser with one address', () => {
    render()
    expect(dom.host.querySelector('select')).toBeNull()
  })

  it('lists people with their access and whether they are here, and removes one after confirming', () => {
    const props = render()
    const rows = [...dom.host.querySelectorAll('.room-person')].map((r) => r.textContent)
    expect(rows).toEqual(['Facilitator FayFacilitatorHere', 'AnaCan editHere', 'BoView onlyAway'])
    // Only participants count: the facilitator is always there, and Bo is away.
    expect(text()).toContain('In the room (1 here)')
    // The host cannot remove themself.
    expect(buttons(dom.host, 'Remove Facilitator Fay')).toEqual([])

    click(button(dom.host, 'Remove Ana'))
    expect(text()).toContain(`Remove ${isolated('Ana')}?`)
    click(button(dom.host, 'Cancel'))
    expect(props.onRemove).not.toHaveBeenCalled()

    click(button(dom.host, 'Remove Bo'))
    click(button(dom.host, 'Remove'))
    expect(props.onRemove).toHaveBeenCalledWith('p2')
    expect(props.onRemove).toHaveBeenCalledTimes(1)
  })

  it('warns, while the room goes on, when the host cannot save the room to disk', () => {
    render({ saveFailed: true })
    expect(alerts().some((a) => a?.startsWith('This computer could not save the room to disk'))).toBe(true)
    expect(button(dom.host, 'Close room')).toBeTruthy()
    render({ saveFailed: false })
    expect(alerts().some((a) => a?.includes('could not save the room'))).toBe(false)
  })

  it('makes a new code only after confirming what it does to the old links', () => {
    const props = render()
    click(button(dom.host, 'New code'))
    expect(text()).toContain('everyone who has not joined yet needs the new QR code')
    expect(props.onNewCode).not.toHaveBeenCalled()
    click(button(dom.host, 'Make new code'))
    expect(props.onNewCode).toHaveBeenCalledTimes(1)
  })

  it('closes the room only after confirming', () => {
    const props = render()
    click(button(dom.host, 'Close room'))
    expect(text()).toContain('Close the room?')
    click(button(dom.host, 'Cancel'))
    expect(props.onClose).not.toHaveBeenCalled()
    click(button(dom.host, 'Close room'))
    // The header's button and the dialog's now both say "Close room": the dialog's is the last.
    click(buttons(dom.host, 'Close room').at(-1)!)
    expect(props.onClose).toHaveBeenCalledTimes(1)
  })

  it('has a view-only link with its own QR code', () => {
    render()
    const view = dom.host.querySelector('details.room-view-link')!
    expect(view.querySelector('img')?.alt).toBe('QR code to view the map without editing')
    expect(view.querySelector('img')?.getAttribute('src')).not.toBe(dom.host.querySelector('img.room-join-qr')?.getAttribute('src'))
    expect(view.querySelector('input')?.value).toBe('http://192.168.1.20:5199/#room=r1&code=VIEW-192.168.1.20')
  })
})

describe('copying a link', () => {
  const secure = Object.getOwnPropertyDescriptor(window, 'isSecureContext')
  const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard')
  afterEach(() => {
    if (secure) Object.defineProperty(window, 'isSecureContext', secure)
    else delete (window as { isSecureContext?: boolean }).isSecureContext
    if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard)
  })

  function fakeClipboard(isSecure: boolean) {
    const writeText = vi.fn(async () => undefined)
    Object.defineProperty(window, 'isSecureContext', { configurable: true, value: isSecure })
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } })
    return writeText
  }

  async function copyJoinLink() {
    await act(async () => buttons(dom.host, 'Copy')[0]!.click())
  }

  it('uses the clipboard in a secure context', async () => {
    const writeText = fakeClipboard(true)
    render()
    await copyJoinLink()
    expect(writeText).toHaveBeenCalledWith('http://192.168.1.20:5199/#room=r1&code=EDIT-192.168.1.20')
    expect(text()).toContain('Copied.')
  })

  it('selects the text over plain http, where the async clipboard is missing', async () => {
    const writeText = fakeClipboard(false)
    render()
    await copyJoinLink()
    expect(writeText).not.toHaveBeenCalled()
    const input = dom.host.querySelector<HTMLInputElement>('.room-copy-input')!
    expect(document.activeElement).toBe(input)
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, input.value.length])
    expect(text()).toContain('press Ctrl+C')
  })

  it('falls back to selecting when the clipboard refuses', async () => {
    const writeText = fakeClipboard(true)
    writeText.mockRejectedValueOnce(new Error('NotAllowedError'))
    render()
    await copyJoinLink()
    expect(text()).toContain('press Ctrl+C')
  })
})
