import type { NetworkInterfaceInfo } from 'node:os'
import { describe, expect, it } from 'vitest'
import { listAddresses } from '../../../server/room/addresses'
import { accessOfCode, codesEqual, newRoomCode, newRoomCodes, shortCodeOf } from '../../../server/room/codes'

const v4 = (address: string, internal = false): NetworkInterfaceInfo => ({ address, family: 'IPv4', internal, netmask: '255.255.255.0', mac: '00:00:00:00:00:00', cidr: null })
const v6 = (address: string): NetworkInterfaceInfo => ({ address, family: 'IPv6', internal: false, netmask: 'ffff:ffff:ffff:ffff::', mac: '00:00:00:00:00:00', cidr: null, scopeid: 0 })
const link = { roomId: 'room-1', code: 'EDIT_code-1', viewCode: 'VIEW_code-2' }

describe('listAddresses', () => {
  it('puts LAN first, flags link-local, keeps loopback last and skips IPv6', () => {
    const list = listAddresses(
      {
        lo: [v4('127.0.0.1', true), { ...v6('::1'), internal: true }],
        eth9: [v4('169.254.10.2')],
        docker0: [v4('172.17.0.1')],
        wlan0: [v4('192.168.1.20'), v6('fe80::1')],
        vpn: [v4('100.64.0.5')],
        office: [v4('10.0.0.7')],
      },
      5199,
      link,
    )
    expect(list.map((a) => [a.address, a.kind, a.interfaceName])).toEqual([
      ['172.17.0.1', 'lan', 'docker0'],
      ['192.168.1.20', 'lan', 'wlan0'],
      ['10.0.0.7', 'lan', 'office'],
      ['100.64.0.5', 'other', 'vpn'],
      ['169.254.10.2', 'linkLocal', 'eth9'],
      ['127.0.0.1', 'loopback', 'lo'],
    ])
    const wlan = list[1]!
    expect(wlan.joinUrl).toBe('http://192.168.1.20:5199/#room=room-1&code=EDIT_code-1')
    expect(wlan.viewUrl).toBe('http://192.168.1.20:5199/#room=room-1&code=VIEW_code-2&view=1')
  })

  it('does not take 172.32.x.x or 192.169.x.x for private, and copes with no network', () => {
    const list = listAddresses({ a: [v4('172.32.0.1')], b: [v4('192.169.0.1')], c: undefined }, 80, link)
    expect(list.map((a) => a.kind)).toEqual(['other', 'other'])
    expect(listAddresses({}, 80, link)).toEqual([])
  })
})

describe('room codes', () => {
  it('are 128 random bits in base64url, all different', () => {
    const codes = new Set(Array.from({ length: 200 }, newRoomCode))
    expect(codes.size).toBe(200)
    for (const code of codes) expect(code).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(Buffer.from([...codes][0]!, 'base64url')).toHaveLength(16)
  })

  it('grant what they are for, and nothing for near misses', () => {
    const codes = newRoomCodes()
    expect(accessOfCode(codes, codes.host)).toBe('host')
    expect(accessOfCode(codes, codes.edit)).toBe('edit')
    expect(accessOfCode(codes, codes.view)).toBe('view')
    expect(accessOfCode(codes, codes.edit.slice(0, -1))).toBeNull()
    expect(accessOfCode(codes, `${codes.edit}x`)).toBeNull()
    expect(accessOfCode(codes, '')).toBeNull()
    expect(accessOfCode(codes, null)).toBeNull()
    expect(codesEqual('abc', 'abc')).toBe(true)
    expect(codesEqual('abc', 'abd')).toBe(false)
    expect(shortCodeOf(codes.edit)).toBe(codes.edit.slice(0, 6))
  })
})
