import { Pencil, Plus } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import type { Card, CardId, Lane } from '../../domain'
import { cardColors } from '../../drawing/cardStyle'

interface Props {
  readonly lane: Lane
  readonly title: string
  readonly cards: readonly Card[]
  readonly readOnly: boolean
  /** False on the emotions lane: its cell holds the curve's point, set below the cards. */
  readonly canAdd: boolean
  readonly isMine: (cardId: CardId) => boolean
  readonly onAdd: () => void
  readonly onEdit: (card: Card) => void
}

/** One lane at the chosen step: its title, its cards as tiles to read, and a button to add one. */
export function PhoneLane({ lane, title, cards, readOnly, canAdd, isMine, onAdd, onEdit }: Props) {
  const { t } = useTranslation()
  const headingId = `room-lane-${lane.id}`
  return (
    <section className="room-lane" aria-labelledby={headingId}>
      <div className="room-lane-header">
        <h3 id={headingId} dir="auto">
          {title}
        </h3>
        {!readOnly && canAdd && (
          <button type="button" className="button room-touch" aria-label={t('room.phone.addTo', { lane: title })} onClick={onAdd}>
            <Plus size={18} aria-hidden />
            {t('room.phone.add')}
          </button>
        )}
      </div>
      {cards.length === 0 ? (
        canAdd && <p className="muted room-lane-empty">{t('room.phone.noCards')}</p>
      ) : (
        <ul className="room-tiles">
          {cards.map((card) => (
            <li key={card.id}>
              <CardTile card={card} editable={!readOnly && isMine(card.id)} onEdit={() => onEdit(card)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function CardTile({ card, editable, onEdit }: { card: Card; editable: boolean; onEdit: () => void }) {
  const { t } = useTranslation()
  const colors = cardColors(card)
  const style = { background: colors.fill, color: colors.text, borderInlineStartColor: colors.edge }
  const body = (
    <>
      <span className="room-tile-text" dir="auto">
        {card.text || t('room.phone.emptyCard')}
      </span>
      <span className="room-tile-meta">
        <span>{t(`board.cards.sentiments.${card.sentiment}`)}</span>
        {editable && (
          <span className="room-tile-mine">
            <Pencil size={14} aria-hidden />
            {t('room.phone.mine')}
          </span>
        )}
      </span>
    </>
  )
  // Only one's own cards open for editing; everyone else's read the same but do nothing when tapped.
  return editable ? (
    <button type="button" className="room-tile room-tile--mine" style={style} aria-label={t('room.phone.editCard', { text: card.text })} onClick={onEdit}>
      {body}
    </button>
  ) : (
    <div className="room-tile" style={style}>
      {body}
    </div>
  )
}
