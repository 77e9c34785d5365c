import { create } from 'qrcode'
import { describe, expect, it } from 'vitest'
import { shortAddress, preferredAddress, lacksLanAddress } from '../../../../src/ui/room/address'
import { qrDataUrl } from '../../../../src/ui/room/qr'
import { address } from './roomFixtures'

/** The dark modules drawn in the SVG, as "row,col" in the code's own coordinates (the quiet zone taken off). */
function drawnModules(url: string): Set<string> {
  const svg = decodeURIComponent(url.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''))
  return new Set([...svg.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${Number(m[2]) - 4},${Number(m[1]) - 4}`))
}

function expectedModules(text: string): Set<string> {
  const { modules } = create(text, { errorCorrectionLevel: 'M' })
  const out = new Set<string>()
  for (let r = 0; r < modules.size; r++) for (let c = 0; c < modules.size; c++) if (modules.get(r, c)) out.add(`${r},${c}`)
  return out
}

describe('the QR code picture', () => {
  const link = 'http://192.168.1.20:5199/#room=r1&code=k7Q2xYz-0123456789ab'

  it('draws exactly the modules of the QR code for the link', () => {
    expect(drawnModules(qrDataUrl(link))).toEqual(expectedModules(link))
  })

  it('differs for another link (a new code gives a new picture)', () => {
    expect(drawnModules(qrDataUrl(`${link}X`))).not.toEqual(drawnModules(qrDataUrl(link)))
  })

  it('is an SVG data URL with a white quiet zone, which the CSP allows as an image', () => {
    const url = qrDataUrl(link)
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true)
    const svg = decodeURIComponent(url.slice(url.indexOf(',') + 1))
    const size = create(link, { errorCorrectionLevel: 'M' }).modules.size
    expect(svg).toContain(`viewBox="0 0 ${size + 8} ${size + 8}"`)
    expect(svg).toContain('fill="#fff"')
    expect(svg).not.toContain('<script')
  })
})

describe('addresses', () => {
  it('writes IPv6 addresses in brackets before the port', () => {
    expect(shortAddress('192.168.1.20', 5199)).toBe('192.168.1.20:5199')
    expect(shortAddress('fe80::1', 5199)).toBe('[fe80::1]:5199')
  })

  it('prefers a LAN address and says when there is none', () => {
    const loop = address('127.0.0.1', 'loopback')
    const lan = address('192.168.1.20')
    expect(preferredAddress([loop, lan])).toBe(lan)
    expect(preferredAddress([loop])).toBe(loop)
    expect(preferredAddress([])).toBeNull()
    expect(lacksLanAddress([loop, address('169.254.1.1', 'linkLocal')])).toBe(true)
    expect(lacksLanAddress([loop, lan])).toBe(false)
    // A public or 100.64/10 address on a campus network may reach phones: no alarm for it.
    expect(lacksLanAddress([loop, address('100.72.4.9', 'other')])).toBe(false)
  })
})
