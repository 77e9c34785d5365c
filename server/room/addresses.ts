// Which addresses a phone on the room's Wi-Fi might use to reach the host, best first. Pure: the
// interfaces come in as an argument so tests (and odd machines) can hand any list.
import type { NetworkInterfaceInfo } from 'node:os'
import type { RoomAddress } from '../../src/room/types'

export interface AddressLink {
  readonly roomId: string
  readonly code: string
  readonly viewCode: string
}

type Interfaces = Readonly<Record<string, readonly NetworkInterfaceInfo[] | undefined>>

/** RFC 1918 private ranges: what home, office and hotspot Wi-Fi hand out. */
function isPrivateIPv4(address: string): boolean {
  const parts = address.split('.').map(Number)
  const [a, b] = parts
  if (parts.length !== 4 || a === undefined || b === undefined) return false
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)
}

export function kindOfAddress(info: Pick<NetworkInterfaceInfo, 'address' | 'family' | 'internal'>): RoomAddress['kind'] {
  if (info.internal || info.address === '::1' || info.address.startsWith('127.')) return 'loopback'
  if (info.family === 'IPv4') {
    if (info.address.startsWith('169.254.')) return 'linkLocal'
    return isPrivateIPv4(info.address) ? 'lan' : 'other'
  }
  if (info.address.toLowerCase().startsWith('fe80:')) return 'linkLocal'
  return 'other'
}

const RANK: Record<RoomAddress['kind'], number> = { lan: 0, other: 1, linkLocal: 2, loopback: 3 }

function urlHost(address: string): string {
  return address.includes(':') ? `[${address}]` : address
}

/**
 * Every IPv4 address (phones type and scan IPv4; IPv6 link-local needs a zone id no browser
 * accepts in a URL), LAN first, link-local flagged, loopback last; interface order kept within a kind.
 */
export function listAddresses(interfaces: Interfaces, port: number, link: AddressLink): RoomAddress[] {
  const fragment = (code: string) => `#room=${encodeURIComponent(link.roomId)}&code=${encodeURIComponent(code)}`
  const found: RoomAddress[] = []
  for (const [interfaceName, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      if (info.family !== 'IPv4') continue
      const base = `http://${urlHost(info.address)}:${port}/`
      found.push({
        address: info.address,
        interfaceName,
        kind: kindOfAddress(info),
        joinUrl: base + fragment(link.code),
        // view=1 only tells the page to draw read-only; the host enforces it by the code.
        viewUrl: `${base}${fragment(link.viewCode)}&view=1`,
      })
    }
  }
  return found.map((a, i) => [a, i] as const).sort(([a, i], [b, j]) => RANK[a.kind] - RANK[b.kind] || i - j).map(([a]) => a)
}
