import { describe, expect, it } from 'vitest'
import { colorFor, parseRoomLink, participantId } from '../../../src/platform/roomLink'

function memoryStorage() {
  const data = new Map<string, string>()
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data }
}

describe('room links', () => {
  it('reads the room and code from the fragment, and the view flag', () => {
    expect(parseRoomLink('#room=abc_DEF-1&code=Zx9-_a')).toEqual({ roomId: 'abc_DEF-1', code: 'Zx9-_a', view: false })
    expect(parseRoomLink('#room=r1&code=c1&view=1')).toEqual({ roomId: 'r1', code: 'c1', view: true })
  })

  it('is no room link without both parts, or with characters no code has', () => {
    expect(parseRoomLink('')).toBeNull()
    expect(parseRoomLink('#room=r1')).toBeNull()
    expect(parseRoomLink('#code=c1')).toBeNull()
    expect(parseRoomLink('#room=r1&code=<script>')).toBeNull()
    expect(parseRoomLink(`#room=r1&code=${'a'.repeat(65)}`)).toBeNull()
  })

  it('keeps one participant id per browser, so a reload is the same person', () => {
    const storage = memoryStorage()
    const first = participantId(storage)
    expect(first).toMatch(/^[A-Za-z0-9_-]{21}$/)
    expect(participantId(storage)).toBe(first)
    storage.data.set('journeyboard.room.participant', 'x')
    expect(participantId(storage)).not.toBe('x')
  })

  it('works without storage (blocked or private mode): a new id each visit', () => {
    expect(participantId(null)).not.toBe(participantId(null))
  })

  it('gives a person the same colour on every screen', () => {
    expect(colorFor('abc')).toBe(colorFor('abc'))
    expect(colorFor('abc')).toMatch(/^#[0-9a-f]{6}$/)
    const colours = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(colorFor))
    expect(colours.size).toBeGreaterThan(3)
  })
})
