import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Card, CardId, LaneId, Sentiment, StepId } from '../../domain'
import { newCardInCell } from '../../domain/placement'
import { useAppStore } from '../../store'
import { OneLine } from '../OneLine'
import { CardSheet } from './CardSheet'
import { CardTiles } from './CardTiles'
import { PhoneEmotion } from './PhoneEmotion'
import { PhoneLane } from './PhoneLane'
import { cardsAtStep, journeySteps } from './phoneModel'
import { StepPicker } from './StepPicker'
import './room.css'
import './phone.css'

export interface PhoneBoardProps {
  /** A view-only link: the map reads the same, with nothing to add, edit or score. */
  readonly readOnly: boolean
  /** Whether this participant made the card: only their own cards open for editing and deleting. */
  readonly isMine: (cardId: CardId) => boolean
  /** Told about each card this participant adds, so the room can record them as its owner. */
  readonly onCardAdded?: (cardId: CardId) => void
}

type Sheet = { readonly kind: 'add'; readonly laneId: LaneId } | { readonly kind: 'edit'; readonly cardId: CardId } | null

/**
 * The map on a phone: one step at a time with every lane stacked below it, since a grid of
 * columns does not fit 360 px. It reads the store's document and changes it only through the
 * domain's commands, like every other editor, so the room's sync sees ordinary edits.
 */
export function PhoneBoard({ readOnly, isMine, onCardAdded }: PhoneBoardProps) {
  const { t } = useTranslation()
  const doc = useAppStore((s) => s.doc)
  const dispatch = useAppStore((s) => s.dispatch)
  const [chosen, setChosen] = useState<StepId | null>(null)
  const [sheet, setSheet] = useState<Sheet>(null)
  const steps = useMemo(() => (doc ? journeySteps(doc) : []), [doc])

  if (!doc) return null
  // A step someone else deleted falls back to the start of the journey rather than an empty screen.
  const current = steps.find((e) => e.step.id === chosen) ?? steps[0]
  const laneTitle = (laneId: LaneId) => {
    const lane = doc.lanes[laneId]
    return lane ? lane.title || t(`board.laneKinds.${lane.kind}`) : ''
  }

  const header = (
    <header className="room-phone-header">
      <h1>
        <OneLine text={doc.map.title} />
      </h1>
      {readOnly && <span className="room-phone-badge">{t('room.phone.viewOnly')}</span>}
    </header>
  )
  if (!current) {
    return (
      <div className="room-phone">
        {header}
        <p className="muted room-phone-empty">{t('room.phone.noSteps')}</p>
      </div>
    )
  }

  const stepId = current.step.id
  const where = (laneId: LaneId) => t('room.phone.where', { step: current.step.title || t('board.untitledStep'), lane: laneTitle(laneId) })
  const editing = sheet?.kind === 'edit' ? doc.cards[sheet.cardId] : undefined

  const add = (laneId: LaneId, text: string, sentiment: Sentiment) => {
    const card: Card = { ...newCardInCell(doc, { laneId, stepId }), text, sentiment }
    dispatch({ type: 'addCards', cards: [card] })
    onCardAdded?.(card.id)
  }

  return (
    <div className="room-phone">
      {header}
      <StepPicker steps={steps} current={current} direction={doc.map.direction} onChoose={setChosen} />
      <div className="room-phone-lanes">
        {doc.map.laneIds.map((laneId) => {
          const lane = doc.lanes[laneId]
          if (!lane) return null
          const title = laneTitle(laneId)
          const cards = cardsAtStep(doc, steps, laneId, stepId)
          const edit = (c: Card) => setSheet({ kind: 'edit', cardId: c.id })
          if (lane.kind === 'emotions') {
            return (
              <PhoneEmotion key={laneId} doc={doc} lane={lane} title={title} stepId={stepId} readOnly={readOnly} onSet={(personaId, felt) => dispatch({ type: 'setEmotion', stepId, personaId, felt })}>
                {cards.length > 0 && <CardTiles cards={cards} readOnly={readOnly} isMine={isMine} onEdit={edit} />}
              </PhoneEmotion>
            )
          }
          return <PhoneLane key={laneId} lane={lane} title={title} cards={cards} readOnly={readOnly} isMine={isMine} onAdd={() => setSheet({ kind: 'add', laneId })} onEdit={edit} />
        })}
      </div>

      {!readOnly && sheet?.kind === 'add' && (
        <CardSheet
          title={t('room.phone.newCard')}
          where={where(sheet.laneId)}
          text=""
          sentiment="neutral"
          onClose={() => setSheet(null)}
          onSave={(text, sentiment) => {
            add(sheet.laneId, text, sentiment)
            setSheet(null)
          }}
        />
      )}
      {/* Ownership is checked again here: a card can change hands (or vanish) while its sheet is open. */}
      {!readOnly && editing && isMine(editing.id) && editing.place.kind === 'cell' && (
        <CardSheet
          key={editing.id}
          title={t('room.phone.editTitle')}
          where={where(editing.place.laneId)}
          text={editing.text}
          sentiment={editing.sentiment}
          onClose={() => setSheet(null)}
          onSave={(text, sentiment) => {
            dispatch({ type: 'updateCards', cardIds: [editing.id], patch: { text, sentiment } })
            setSheet(null)
          }}
          onDelete={() => {
            dispatch({ type: 'deleteCards', cardIds: [editing.id] })
            setSheet(null)
          }}
        />
      )}
    </div>
  )
}
