import { LocateFixed } from 'lucide-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { requestReveal } from '../canvas/cards/reveal'
import { cardColors } from '../drawing/cardStyle'
import type { Card, LaneId } from '../domain'
import { appStore, useAppStore } from '../store'
import { CommitLines } from './CommitLines'
import { firstCards, freeCards, laneCardGroups, OUTLINE_PAGE, type StepGroup } from './outlineGroups'
import './OutlineCards.css'

/** Focusing a card in the outline selects it on the board and brings it into view. */
function showOnBoard(card: Card): void {
  const { selection, select } = appStore.getState()
  if (selection.length !== 1 || selection[0] !== card.id) select([card.id])
  requestReveal(card.id)
}

function CardRow({ card, label, revealLabel }: { card: Card; label: string; revealLabel: string }) {
  const { t } = useTranslation()
  const dispatch = useAppStore((s) => s.dispatch)
  const selected = useAppStore((s) => s.selection.includes(card.id))
  const colors = cardColors(card)
  return (
    <li className="outline-card" data-selected={selected || undefined}>
      <span className="outline-card-dot" style={{ background: colors.fill, borderColor: colors.edge }} title={t(`board.cards.sentiments.${card.sentiment}`)} aria-hidden />
      <CommitLines aria-label={label} value={card.text} maxLength={5000} onFocus={() => showOnBoard(card)} onCommit={(text) => dispatch({ type: 'updateCards', cardIds: [card.id], patch: { text } })} />
      <button type="button" className="icon-button icon-button--small" aria-label={revealLabel} title={revealLabel} onClick={() => showOnBoard(card)}>
        <LocateFixed size={14} aria-hidden />
      </button>
    </li>
  )
}

/** The cards of one lane, step by step; long lanes show the first cards and load more on request. */
export function OutlineLaneCards({ laneId, laneTitle }: { laneId: LaneId; laneTitle: string }) {
  const { t } = useTranslation()
  const doc = useAppStore((s) => s.doc)
  const [limit, setLimit] = useState(OUTLINE_PAGE)
  const all = useMemo<StepGroup[]>(() => (doc ? laneCardGroups(doc, laneId) : []), [doc, laneId])
  const { groups, hidden } = firstCards(all, limit)
  if (!doc) return null
  if (all.length === 0) return <p className="muted outline-cards-empty">{t('board.cards.outline.noCards')}</p>
  return (
    <div className="outline-cards">
      {groups.map((g) => {
        const step = doc.steps[g.stepId]?.title ?? ''
        return (
          <div key={g.stepId} className="outline-card-group">
            <div className="outline-card-step">
              <bdi>{step}</bdi>
            </div>
            <ul>
              {g.cards.map((card, i) => {
                const names = { n: i + 1, step, lane: laneTitle }
                return <CardRow key={card.id} card={card} label={t('board.cards.outline.cardText', names)} revealLabel={t('board.cards.outline.reveal', names)} />
              })}
            </ul>
          </div>
        )
      })}
      {hidden > 0 && (
        <button type="button" className="link-button outline-more" onClick={() => setLimit((n) => n + OUTLINE_PAGE)}>
          {t('board.cards.outline.showMore', { count: Math.min(hidden, OUTLINE_PAGE) })}
        </button>
      )}
    </div>
  )
}

/** Notes placed on free space, outside the grid's lanes. */
export function OutlineFreeCards() {
  const { t } = useTranslation()
  const doc = useAppStore((s) => s.doc)
  const [open, setOpen] = useState(false)
  const [limit, setLimit] = useState(OUTLINE_PAGE)
  const list = useMemo(() => (doc ? freeCards(doc) : []), [doc])
  if (list.length === 0) return null
  return (
    <section aria-labelledby="outline-free">
      <div className="outline-section-header">
        <h3 id="outline-free">{t('board.cards.outline.free')}</h3>
        <button type="button" className="button button--small" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('outline.cardCount', { count: list.length })}
        </button>
      </div>
      {open && (
        <div className="outline-cards">
          <ul>
            {list.slice(0, limit).map((card, i) => (
              <CardRow key={card.id} card={card} label={t('board.cards.outline.freeCardText', { n: i + 1 })} revealLabel={t('board.cards.outline.revealFree', { n: i + 1 })} />
            ))}
          </ul>
          {list.length > limit && (
            <button type="button" className="link-button outline-more" onClick={() => setLimit((n) => n + OUTLINE_PAGE)}>
              {t('board.cards.outline.showMore', { count: Math.min(list.length - limit, OUTLINE_PAGE) })}
            </button>
          )}
        </div>
      )}
    </section>
  )
}
