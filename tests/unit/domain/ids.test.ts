import { describe, expect, it } from 'vitest'
import { isSafeId, newId } from '../../../src/domain'

describe('new ids', () => {
  it('are 21 URL-safe characters, safe as record keys, and never repeat across many pools', () => {
    const ids = Array.from({ length: 30_000 }, () => newId())
    expect(ids.every((id) => id.length === 21 && isSafeId(id))).toBe(true)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('use the whole alphabet about evenly (no byte is read twice or skewed)', () => {
    const counts = new Map<string, number>()
    for (let i = 0; i < 6_000; i++) for (const ch of newId()) counts.set(ch, (counts.get(ch) ?? 0) + 1)
    expect(counts.size).toBe(64)
    // 126,000 characters over 64 letters: about 1,969 each; a broken pool would be far off.
    for (const n of counts.values()) expect(Math.abs(n - 1969)).toBeLessThan(300)
  })
})
