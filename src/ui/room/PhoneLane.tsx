import { Plus } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import type { Card, CardId, Lane } from '../../domain'
import { CardTiles } from './CardTiles'

interface Props {
  readonly lane: Lane
  readonly title: string
  readonly cards: readonly Card[]
  readonly readOnly: boolean
  readonly isMine: (cardId: CardId) => boolean
  readonly onAdd: () => void
  readonly onEdit: (card: Card) => void
}

/** One lane at the chosen step: its title, its cards as tiles to read, and a button to add one. */
export function PhoneLane({ lane, title, cards, readOnly, isMine, onAdd, onEdit }: Props) {
  const { t } = useTranslation()
  const headingId = `room-lane-${lane.id}`
  return (
    <section className="room-lane" aria-labelledby={headingId}>
      <div className="room-lane-header">
        <h3 id={headingId} dir="auto">
          {title}
        </h3>
        {!readOnly && (
          <button type="button" className="button room-touch" aria-label={t('room.phone.addTo', { lane: title })} onClick={onAdd}>
            <Plus size={18} aria-hidden />
            {t('room.phone.add')}
          </button>
        )}
      </div>
      {cards.length === 0 ? <p className="muted room-lane-empty">{t('room.phone.noCards')}</p> : <CardTiles cards={cards} readOnly={readOnly} isMine={isMine} onEdit={onEdit} />}
    </section>
  )
}
