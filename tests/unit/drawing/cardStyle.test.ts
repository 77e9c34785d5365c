import { describe, expect, it } from 'vitest'
import { cardColors, hasRtlScript, textDirection } from '../../../src/drawing/cardStyle'

describe('card style', () => {
  it('colours by sentiment, lets a custom colour win and keeps text readable on it', () => {
    expect(cardColors({ sentiment: 'friction', color: null }).fill).toBe('#fecaca')
    expect(cardColors({ sentiment: 'positive', color: null }).fill).toBe('#bbf7d0')
    const custom = cardColors({ sentiment: 'decision', color: '#1e3a8a' })
    expect(custom).toMatchObject({ fill: '#1e3a8a', text: '#ffffff' })
    expect(custom.edge).toBe(cardColors({ sentiment: 'decision', color: null }).edge)
  })

  it('writes Persian and Arabic right to left, and everything in a right-to-left map', () => {
    expect(hasRtlScript('سلام world')).toBe(true)
    expect(hasRtlScript('Merhaba dünya, hei på deg')).toBe(false)
    expect(textDirection('ثبت‌نام', 'ltr')).toEqual({ direction: 'rtl', align: 'right' })
    // An English note on a right-to-left map reads left to right, aligned to the map's side.
    expect(textDirection('Compares <prices> & "plans"', 'rtl')).toEqual({ direction: 'ltr', align: 'right' })
    // The first letter decides, as HTML's dir="auto" does.
    expect(textDirection('Sign up در سایت', 'ltr')).toEqual({ direction: 'ltr', align: 'left' })
    expect(textDirection('ثبت‌نام on the website', 'ltr')).toEqual({ direction: 'rtl', align: 'right' })
    expect(textDirection('2026 ثبت‌نام', 'ltr')).toEqual({ direction: 'rtl', align: 'right' })
    expect(textDirection('', 'rtl')).toEqual({ direction: 'rtl', align: 'right' })
    expect(textDirection('Sign up', 'ltr')).toEqual({ direction: 'ltr', align: 'left' })
  })
})
