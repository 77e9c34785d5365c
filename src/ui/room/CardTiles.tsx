import { Pencil } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import type { Card, CardId } from '../../domain'
import { cardColors } from '../../drawing/cardStyle'
import { TileDots } from './TileDots'
import { usePrivateCardIds } from '../../store/privateCards'

interface Props {
  readonly cards: readonly Card[]
  readonly readOnly: boolean
  readonly isMine: (cardId: CardId) => boolean
  readonly onEdit: (card: Card) => void
}

/** Cards as tiles to read on a phone, in their sentiment's colours; one's own open for editing. */
export function CardTiles({ cards, readOnly, isMine, onEdit }: Props) {
  const held = usePrivateCardIds()
  return (
    <ul className="room-tiles">
      {cards.map((card) => (
        <li key={card.id}>
          <CardTile card={card} editable={!readOnly && isMine(card.id)} held={held.has(card.id)} onEdit={() => onEdit(card)} />
          <TileDots card={card} />
        </li>
      ))}
    </ul>
  )
}

function CardTile({ card, editable, held, onEdit }: { card: Card; editable: boolean; held: boolean; onEdit: () => void }) {
  const { t } = useTranslation()
  const colors = cardColors(card)
  const style = { background: colors.fill, color: colors.text, borderInlineStartColor: colors.edge }
  const body = (
    <>
      <span className="room-tile-text" dir="auto">
        {card.text || t('room.phone.emptyCard')}
      </span>
      {/* The sentiment in words too: colour alone says nothing to a colour-blind reader or a screen reader. */}
      <span className="room-tile-meta">
        <span>{t(`board.cards.sentiments.${card.sentiment}`)}</span>
        {held && <span className="room-tile-private">{t('room.private.mark')}</span>}
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
    <button type="button" className={`room-tile room-tile--mine${held ? ' room-tile--private' : ''}`} style={style} aria-label={t('room.phone.editCard', { text: card.text })} onClick={onEdit}>
      {body}
    </button>
  ) : (
    <div className="room-tile" style={style}>
      {body}
    </div>
  )
}
