import { useTranslation } from 'react-i18next'
import { requestReveal } from '../../../canvas/cards/reveal'
import { titleFrom, type CardId, type JourneyDoc } from '../../../domain'
import { appStore } from '../../../store'

/** A chip's text: the card's first line, short enough for a chip. */
const CHIP_CHARS = 40

function chipText(text: string): string {
  const line = titleFrom(text)
  const chars = [...line]
  return chars.length > CHIP_CHARS ? `${chars.slice(0, CHIP_CHARS).join('').trimEnd()}…` : line
}

/** Back to the board on one card: the plan closes, the card is selected and brought into view. */
export function showCardOnBoard(cardId: CardId): void {
  const state = appStore.getState()
  state.setPlan({ open: false, focus: null })
  state.select([cardId])
  requestReveal(cardId)
}

/** The cards an action came from, as chips that lead back to each card on the board. */
export function SourceCards({ doc, cardIds }: { doc: Pick<JourneyDoc, 'cards'>; cardIds: readonly CardId[] }) {
  const { t } = useTranslation()
  const cards = cardIds.flatMap((id) => (Object.prototype.hasOwnProperty.call(doc.cards, id) ? [doc.cards[id]!] : []))
  if (cards.length === 0) return <span className="muted">{t('plan.list.noCards')}</span>
  return (
    <ul className="plan-cards">
      {cards.map((card) => {
        const text = chipText(card.text) || t('plan.list.emptyCard')
        return (
          <li key={card.id}>
            <button type="button" className="plan-card-chip" title={t('plan.list.showCard', { text })} data-card-id={card.id} onClick={() => showCardOnBoard(card.id)}>
              {text}
            </button>
          </li>
        )
      })}
    </ul>
  )
}
