import type { CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import type { Card } from '../../../domain/types'
import { cardColors } from '../../../drawing/cardStyle'
import type { StageSlide as Stage } from './slides'

function CardView({ card }: { card: Card }) {
  const { t } = useTranslation()
  const colors = cardColors(card)
  const meta = [card.channel && t(`board.cards.channels.${card.channel}`), card.device && t(`board.cards.devices.${card.device}`)].filter(Boolean).join(' · ')
  return (
    <div className="present-card" data-testid="present-card" dir="auto" style={{ background: colors.fill, color: colors.text, borderColor: colors.edge }}>
      {card.text}
      {meta ? <span className="present-card__meta">{meta}</span> : null}
    </div>
  )
}

/**
 * One stage: its steps as columns and the map's lanes as rows, every card's whole text. The grid
 * runs left to right as slidesOf ordered it; a right-to-left map has its lane titles on the right.
 */
export function StageSlideView({ slide, stageCount }: { slide: Stage; stageCount: number }) {
  const { t, i18n } = useTranslation()
  const rtlMap = slide.direction === 'rtl'
  const columns = slide.steps.length
  // Lane titles take a fixed width (slidesOf's line budget counts on it); each step an equal share of the rest.
  const template = rtlMap ? `repeat(${columns}, minmax(0, 1fr)) 8em` : `8em repeat(${columns}, minmax(0, 1fr))`
  const laneColumn = rtlMap ? columns + 1 : 1
  const stepColumn = (i: number) => (rtlMap ? i + 1 : i + 2)
  const empty = slide.rows.every((row) => row.cells.every((cards) => cards.length === 0))
  return (
    <div className="present-slide" style={{ '--stage-color': slide.stage.color } as CSSProperties}>
      <div className="present-heading">
        <h1 dir="auto">{slide.stage.title}</h1>
        <span className="present-heading__sub">{t('present.stageOf', { n: slide.stageIndex + 1, total: stageCount })}</span>
        {slide.parts > 1 ? (
          <span className="present-heading__sub" data-testid="present-part">
            {t('present.part', { n: slide.part + 1, total: slide.parts })}
          </span>
        ) : null}
      </div>
      {columns === 0 ? <p className="present-empty">{t('present.noSteps')}</p> : null}
      {columns > 0 ? (
        <div className="present-grid" style={{ gridTemplateColumns: template }} data-testid="present-grid">
          {slide.steps.map((step, i) => (
            <div key={step.id} className="present-grid__step" style={{ gridColumn: stepColumn(i), gridRow: 1 }} dir="auto">
              {step.title}
            </div>
          ))}
          {slide.rows.map((row, r) => (
            <div key={`${row.lane.id}-${r}`} style={{ display: 'contents' }} data-testid="present-row">
              <div className="present-grid__lane" style={{ gridColumn: laneColumn, gridRow: r + 2 }} dir="auto">
                {row.lane.title}
              </div>
              {row.cells.map((cards, i) => (
                <div key={slide.steps[i]?.id ?? i} className="present-grid__cell" style={{ gridColumn: stepColumn(i), gridRow: r + 2 }} dir={i18n.dir(i18n.language)}>
                  {cards.map((card) => (
                    <CardView key={card.id} card={card} />
                  ))}
                </div>
              ))}
            </div>
          ))}
        </div>
      ) : null}
      {empty && columns > 0 ? <p className="present-empty">{t('present.emptyStage')}</p> : null}
    </div>
  )
}
