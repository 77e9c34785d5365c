import type { RoomAddress } from '../../room/types'

/** "192.168.1.20:5199", or "[fe80::1]:5199" for IPv6: what a person types into a phone's address bar. */
export function shortAddress(address: string, port: number): string {
  return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`
}

/** The address a room shows first: the first one phones on the Wi-Fi can reach, else the host's own best guess (it sorts best first). */
export function preferredAddress(addresses: readonly RoomAddress[]): RoomAddress | null {
  return addresses.find((a) => a.kind === 'lan') ?? addresses[0] ?? null
}

/**
 * True when every address is loopback or link-local: nothing a phone could reach, so the room would
 * show a code nobody can use. An "other" address (a public or carrier-grade range some campus and
 * office networks hand out) may well work, so it does not count as none.
 */
export function lacksLanAddress(addresses: readonly RoomAddress[]): boolean {
  return !addresses.some((a) => a.kind === 'lan' || a.kind === 'other')
}
