import { describe, expect, it } from 'vitest'
import { actionBadgeClaim, actionBadgeUnder, badgeCounts } from '../../../src/canvas/cards/actionBadgeHits'
import { applyCommand, newAction, type JourneyDoc } from '../../../src/domain'
import { ACTION_BADGE_HEIGHT, actionBadgeLayout, onActionBadge } from '../../../src/drawing/actionBadge'
import { cardLayout } from '../../../src/domain/layout'
import { buildSampleDoc } from '../domain/helpers'
import { middle, openBoard } from '../editor/harness'

const sample = buildSampleDoc()
const { cards } = sample

/** The sample map with two actions on the advert (the older one first) and one on the form pain. */
function withPlan(): { doc: JourneyDoc; first: string; second: string } {
  const { doc } = sample
  const c = (id: string) => doc.cards[id as keyof typeof doc.cards]!
  const first = newAction(doc.map.id, [c(cards.advert), c(cards.formPain)], 1000)
  const second = newAction(doc.map.id, [c(cards.advert)], 2000)
  return { doc: applyCommand(doc, { type: 'addActions', actions: [second, first] }), first: first.id, second: second.id }
}

/** The middle of a card's badge on the board at this zoom. */
function badgeMiddle(doc: JourneyDoc, cardId: string, zoom = 1) {
  const rect = cardLayout(doc).rects.get(cardId as never)!
  const count = badgeCounts(doc).get(cardId as never)!
  const badge = actionBadgeLayout(String(count), rect, zoom)
  return { x: rect.x + badge.x + badge.width / 2, y: rect.y + badge.y + badge.height / 2 }
}

describe('the action badge layout', () => {
  it('sits centred on the card\'s top edge, half above it, clear of the corners', () => {
    const badge = actionBadgeLayout('2', { width: 200, height: 64 })
    expect(badge.height).toBe(ACTION_BADGE_HEIGHT)
    expect(badge.x + badge.width / 2).toBe(100)
    expect(badge.y).toBeLessThan(0)
    expect(badge.x).toBeGreaterThan(30)
    expect(onActionBadge(badge, 100, 0)).toBe(true)
    expect(onActionBadge(badge, 5, 5)).toBe(false)
  })

  it('grows when zoomed out, up to twice, and never past a narrow card', () => {
    expect(actionBadgeLayout('2', { width: 200, height: 64 }, 0.25).height).toBe(2 * ACTION_BADGE_HEIGHT)
    expect(actionBadgeLayout('2', { width: 200, height: 64 }, 2).height).toBe(ACTION_BADGE_HEIGHT)
    expect(actionBadgeLayout('123456', { width: 30, height: 64 }).width).toBe(30)
  })
})

describe('the action badges on the board', () => {
  it('counts the actions of each card once per change of the plan', () => {
    const { doc } = withPlan()
    const counts = badgeCounts(doc)
    expect(counts.get(cards.advert)).toBe(2)
    expect(counts.get(cards.formPain)).toBe(1)
    expect(counts.has(cards.website)).toBe(false)
    const moved = applyCommand(doc, { type: 'updateCards', cardIds: [cards.website], patch: { text: 'New text' } })
    expect(badgeCounts(moved)).toBe(counts)
  })

  it('finds the badge under a point, and none on the card\'s middle or a card without actions', () => {
    const { doc } = withPlan()
    expect(actionBadgeUnder(doc, badgeMiddle(doc, cards.advert), 1)).toBe(cards.advert)
    expect(actionBadgeUnder(doc, middle(cardLayout(doc).rects.get(cards.advert)!), 1)).toBeNull()
    const website = cardLayout(doc).rects.get(cards.website)!
    expect(actionBadgeUnder(doc, { x: website.x + website.width / 2, y: website.y }, 1)).toBeNull()
  })

  it('opens the plan on the card\'s first action when its badge is clicked, without selecting or moving the card', () => {
    const { doc, first } = withPlan()
    const b = openBoard(doc, (store) => [actionBadgeClaim(store)])
    const at = badgeMiddle(doc, cards.advert)
    b.editor.pointerMove(at)
    expect(b.editor.view.getState().cursor).toBe('pointer')
    b.editor.pointerDown(at)
    b.expectToBeIn('claimed')
    b.editor.pointerUp(at)
    expect(b.store.getState().plan).toMatchObject({ open: true, focus: first })
    expect(b.selection().cards).toEqual([])
    expect(b.dispatched).toHaveLength(0)
  })

  it('does nothing when the press leaves the badge before it is let go', () => {
    const { doc } = withPlan()
    const b = openBoard(doc, (store) => [actionBadgeClaim(store)])
    const at = badgeMiddle(doc, cards.advert)
    b.editor.pointerDown(at).pointerMove({ x: at.x + 300, y: at.y + 300 }).pointerUp({ x: at.x + 300, y: at.y + 300 })
    expect(b.store.getState().plan.open).toBe(false)
  })

  it('leaves a press on a card without actions to the card', () => {
    const { doc } = withPlan()
    const b = openBoard(doc, (store) => [actionBadgeClaim(store)])
    const website = b.rect(cards.website)
    b.editor.pointerDown({ x: website.x + website.width / 2, y: website.y + 2 }).pointerUp({ x: website.x + website.width / 2, y: website.y + 2 })
    expect(b.selection().cards).toEqual([cards.website])
    expect(b.store.getState().plan.open).toBe(false)
  })
})
