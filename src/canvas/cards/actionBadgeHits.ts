import { actionCountsByCard, actionsForCard, type ActionId, type CardId, type JourneyDoc } from '../../domain'
import { cardLayout, type Point } from '../../domain/layout'
import type { BoardPointer, PointerClaim } from '../../editor/input'
import { actionBadgeLayout, onActionBadge } from '../../drawing/actionBadge'
import type { AppStore } from '../../store'

const countCache = new WeakMap<JourneyDoc['actions'], ReadonlyMap<CardId, number>>()

/**
 * How many actions each card is part of, counted once per `doc.actions` identity: moving or
 * editing cards, panning and zooming never count again.
 */
export function badgeCounts(doc: JourneyDoc): ReadonlyMap<CardId, number> {
  let counts = countCache.get(doc.actions)
  if (!counts) {
    counts = actionCountsByCard(doc)
    countCache.set(doc.actions, counts)
  }
  return counts
}

/** The card whose action badge is under a board point; the badge drawn last (on top) wins. */
export function actionBadgeUnder(doc: JourneyDoc, at: Point, zoom: number): CardId | null {
  const counts = badgeCounts(doc)
  if (counts.size === 0) return null
  const rects = cardLayout(doc).rects
  let found: CardId | null = null
  for (const [cardId, count] of counts) {
    const rect = rects.get(cardId)
    if (rect && onActionBadge(actionBadgeLayout(String(count), rect, zoom), at.x - rect.x, at.y - rect.y)) found = cardId
  }
  return found
}

/** The action a card's badge leads to: the first made from it. */
export function badgeTarget(doc: JourneyDoc, cardId: CardId): ActionId | null {
  return actionsForCard(doc, cardId)[0]?.id ?? null
}

/**
 * The board's pointer rule for the badges: a click (press and release on the same badge) opens the
 * plan on the card's first action; the press neither selects nor drags the card beneath.
 */
export function actionBadgeClaim(store: AppStore): PointerClaim {
  const under = (p: BoardPointer): CardId | null => {
    const { doc, viewport } = store.getState()
    return doc && p.over === 'canvas' ? actionBadgeUnder(doc, p.board, viewport.zoom) : null
  }
  return {
    name: 'actionBadge',
    press(p) {
      const cardId = under(p)
      if (!cardId) return null
      return {
        cursor: 'pointer',
        move() {},
        end(at, cancelled) {
          if (cancelled || !at || under(at) !== cardId) return
          const doc = store.getState().doc
          const target = doc ? badgeTarget(doc, cardId) : null
          if (target) store.getState().showAction(target)
        },
      }
    },
    hover: (p) => (p && under(p) ? 'pointer' : null),
  }
}
