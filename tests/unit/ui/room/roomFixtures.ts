import { act } from 'react'
import type { RoomAddress, RoomHostInfo, RoomParticipant } from '../../../../src/room/types'
import { unmarked } from '../../support/unmarked'

export function address(ip: string, kind: RoomAddress['kind'] = 'lan', interfaceName = 'wlan0'): RoomAddress {
  return { address: ip, interfaceName, kind, joinUrl: `http://${ip}:5199/#room=r1&code=EDIT-${ip}`, viewUrl: `http://${ip}:5199/#room=r1&code=VIEW-${ip}` }
}

export function hostInfo(addresses: readonly RoomAddress[] = [address('192.168.1.20')]): RoomHostInfo {
  return { roomId: 'r1', port: 5199, code: 'k7Q2xYz-0123456789ab', viewCode: 'v9W8-0123456789abcd', shortCode: 'K7Q2', addresses, hostWsUrl: 'ws://127.0.0.1:5199/room/r1?code=host' }
}

export const PEOPLE: readonly RoomParticipant[] = [
  { id: 'host', name: 'Facilitator Fay', color: '#2563eb', access: 'host', connected: true },
  { id: 'p1', name: 'Ana', color: '#16a34a', access: 'edit', connected: true },
  { id: 'p2', name: 'Bo', color: '#d97706', access: 'view', connected: false },
]

export function buttons(root: ParentNode, text: string): HTMLButtonElement[] {
  return [...root.querySelectorAll('button')].filter((b) => unmarked(b.textContent).trim() === text || unmarked(b.getAttribute('aria-label')) === text)
}

/** The one button with this text or label; throws when there is none or several, so a test cannot click the wrong one. */
export function button(root: ParentNode, text: string): HTMLButtonElement {
  const found = buttons(root, text)
  if (found.length !== 1) throw new Error(`${found.length} buttons "${text}"`)
  return found[0]!
}

export function click(el: Element): void {
  act(() => (el as HTMLElement).click())
}

/** Types into a React-controlled field the way a keyboard does: the native setter, then an input event. */
export function type(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')!.set!
  act(() => {
    setter.call(el, value)
    el.dispatchEvent(new Event('input', { bubbles: true }))
  })
}
