import { describe, expect, it } from 'vitest'
import { VOTE_BADGE_FONT_SIZE, VOTE_BADGE_HEIGHT, voteBadgeLayout } from '../../../src/drawing/voteBadge'

const card = { width: 200, height: 64 }

describe('the vote badge layout', () => {
  it('puts a round dot over the top trailing corner of a card', () => {
    const badge = voteBadgeLayout('3', card, 'ltr')
    expect(badge).toEqual({ x: 200 - VOTE_BADGE_HEIGHT + 6, y: -6, width: VOTE_BADGE_HEIGHT, height: VOTE_BADGE_HEIGHT, cornerRadius: VOTE_BADGE_HEIGHT / 2, fontSize: VOTE_BADGE_FONT_SIZE })
    expect(voteBadgeLayout('12', card, 'ltr').width).toBe(VOTE_BADGE_HEIGHT)
  })

  it('sits on the top-left corner on a right-to-left map', () => {
    expect(voteBadgeLayout('۳', card, 'rtl')).toMatchObject({ x: -6, y: -6 })
  })

  it('widens into a pill for three digits and more, keeping its trailing edge', () => {
    const three = voteBadgeLayout('125', card, 'ltr')
    expect(three.width).toBeGreaterThan(VOTE_BADGE_HEIGHT)
    expect(three.x + three.width).toBe(206)
    expect(voteBadgeLayout('۱۲۵', card, 'ltr').width).toBe(three.width)
  })

  it('grows when zoomed out, up to three times, and never past the card', () => {
    expect(voteBadgeLayout('3', card, 'ltr', 0.5).height).toBe(2 * VOTE_BADGE_HEIGHT)
    expect(voteBadgeLayout('3', card, 'ltr', 0.5).fontSize).toBe(2 * VOTE_BADGE_FONT_SIZE)
    expect(voteBadgeLayout('3', { width: 400, height: 400 }, 'ltr', 0.1).height).toBe(3 * VOTE_BADGE_HEIGHT)
    expect(voteBadgeLayout('3', card, 'ltr', 2).height).toBe(VOTE_BADGE_HEIGHT)
    expect(voteBadgeLayout('3', { width: 200, height: 40 }, 'ltr', 0.2).height).toBe(40)
    expect(voteBadgeLayout('123456', { width: 30, height: 64 }, 'ltr').width).toBe(30)
    expect(voteBadgeLayout('3', card, 'ltr', Number.NaN).height).toBe(VOTE_BADGE_HEIGHT)
  })
})
