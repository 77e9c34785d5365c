import { act } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { i18n } from '../../../../src/i18n'
import { ProjectorQr } from '../../../../src/ui/room/ProjectorQr'
import { useDom } from '../../support/renderDom'
import { address, click, hostInfo } from './roomFixtures'
import { isolated } from '../../../../src/i18n/isolated'

const dom = useDom(() => i18n.changeLanguage('en'))

function render(count = 3) {
  const onClose = vi.fn()
  const lan = address('192.168.1.20')
  dom.render(<ProjectorQr info={hostInfo([lan])} address={lan} participantCount={count} onClose={onClose} />)
  return onClose
}

describe('the projector QR code', () => {
  it('shows the QR code, the address, the code and how many people are in', () => {
    render(3)
    const overlay = dom.host.querySelector('[role="dialog"]')!
    expect(overlay.querySelector('img')?.alt).toBe(`QR code to join the map at ${isolated('192.168.1.20:5199')}`)
    expect(overlay.querySelector('.room-projector-address')?.textContent).toBe('192.168.1.20:5199')
    expect(overlay.querySelector('.room-projector-code')?.textContent).toBe('K7Q2')
    expect(overlay.textContent).toContain('3 people in the room')
  })

  it('counts in the language’s own digits and plural', async () => {
    await act(() => i18n.changeLanguage('fa'))
    render(1)
    expect(dom.host.textContent).toContain('۱ نفر در اتاق')
  })

  it('closes on Esc', () => {
    const onClose = render()
    act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })))
    expect(onClose).toHaveBeenCalledTimes(1)
  })

  it('closes on a click anywhere', () => {
    const onClose = render()
    click(dom.host.querySelector('img')!)
    expect(onClose).toHaveBeenCalledTimes(1)
  })

  it('ignores other keys', () => {
    const onClose = render()
    act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' })))
    expect(onClose).not.toHaveBeenCalled()
  })
})
