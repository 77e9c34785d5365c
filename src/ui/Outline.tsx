import { ArrowDown, ArrowUp, ChevronDown, ChevronRight, Plus, Trash2 } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import { createLane, createStage, createStep, LANE_KINDS, STAGE_COLORS, type JourneyDoc, type LaneId, type LaneKind } from '../domain'
import { cardTextMode } from '../domain/cardFit'
import { useAppStore } from '../store'
import { CommitInput } from './CommitInput'
import { CommitTitle } from './CommitTitle'
import { OutlineFreeCards, OutlineLaneCards } from './OutlineCards'
import { SectionHeader } from './SectionHeader'

function cardCountsByLane(doc: JourneyDoc): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const card of Object.values(doc.cards)) if (card.place.kind === 'cell') counts[card.place.laneId] = (counts[card.place.laneId] ?? 0) + 1
  return counts
}

/** The map as text: stages with their steps, and lanes. Editable with the keyboard and readable by a screen reader. */
export function Outline() {
  const { t } = useTranslation()
  const dispatch = useAppStore((s) => s.dispatch)
  const doc = useAppStore(useShallow((s) => (s.doc ? { map: s.doc.map, stages: s.doc.stages, steps: s.doc.steps, lanes: s.doc.lanes } : null)))
  const cards = useAppStore((s) => s.doc?.cards)
  // Lanes start folded: a 10,000-card map must not render every card to show its outline.
  const [expanded, setExpanded] = useState<ReadonlySet<LaneId>>(() => new Set())
  if (!doc) return null
  const toggleLane = (laneId: LaneId) =>
    setExpanded((open) => {
      const next = new Set(open)
      if (!next.delete(laneId)) next.add(laneId)
      return next
    })
  const counts = cards ? cardCountsByLane({ cards } as JourneyDoc) : {}
  const { map } = doc

  const addStage = () => {
    const stage = createStage(map.id, t('outline.newStage', { n: map.stageIds.length + 1 }), STAGE_COLORS[map.stageIds.length % STAGE_COLORS.length])
    const step = createStep(map.id, stage.id, t('outline.newStep', { n: 1 }))
    dispatch({ type: 'addStage', stage, steps: [step] })
  }

  return (
    <aside className="outline" aria-labelledby="outline-heading">
      <h2 id="outline-heading">{t('outline.title')}</h2>
      <CommitInput className="outline-map-title" aria-label={t('outline.mapTitle')} value={map.title} required maxLength={200} onCommit={(title) => dispatch({ type: 'renameMap', title })} />
      <label className="outline-direction">
        <input type="checkbox" checked={map.direction === 'rtl'} onChange={(e) => dispatch({ type: 'setMapDirection', direction: e.target.checked ? 'rtl' : 'ltr' })} />
        {t('outline.rightToLeft')}
      </label>
      <label className="outline-direction" title={t('outline.fitCardTextHint')}>
        <input type="checkbox" checked={cardTextMode(map) === 'fit'} onChange={(e) => dispatch({ type: 'setCardText', mode: e.target.checked ? 'fit' : 'compact' })} />
        {t('outline.fitCardText')}
      </label>

      <section aria-labelledby="outline-stages">
        <SectionHeader className="outline-section-header" headingId="outline-stages" title={t('outline.stages')} addLabel={t('outline.addStage')} onAdd={addStage} />
        <ol className="outline-list">
          {map.stageIds.map((stageId, index) => {
            const stage = doc.stages[stageId]
            if (!stage) return null
            return (
              <li key={stageId} className="outline-stage">
                <div className="outline-row">
                  <span className="swatch" style={{ background: stage.color }} aria-hidden />
                  <CommitTitle aria-label={t('outline.stageTitle', { n: index + 1 })} value={stage.title} required maxLength={200} onCommit={(title) => dispatch({ type: 'renameStage', stageId, title })} />
                  <button type="button" className="icon-button icon-button--small" disabled={index === 0} onClick={() => dispatch({ type: 'moveStage', stageId, toIndex: index - 1 })} aria-label={t('outline.moveEarlier', { title: stage.title })}>
                    <ArrowUp size={14} aria-hidden />
                  </button>
                  <button
                    type="button"
                    className="icon-button icon-button--small"
                    disabled={index === map.stageIds.length - 1}
                    onClick={() => dispatch({ type: 'moveStage', stageId, toIndex: index + 1 })}
                    aria-label={t('outline.moveLater', { title: stage.title })}
                  >
                    <ArrowDown size={14} aria-hidden />
                  </button>
                  <button type="button" className="icon-button icon-button--small" onClick={() => dispatch({ type: 'deleteStage', stageId })} aria-label={t('outline.deleteStage', { title: stage.title })}>
                    <Trash2 size={14} aria-hidden />
                  </button>
                </div>
                <ol className="outline-steps">
                  {stage.stepIds.map((stepId, stepIndex) => {
                    const step = doc.steps[stepId]
                    if (!step) return null
                    return (
                      <li key={stepId} className="outline-row">
                        <CommitTitle aria-label={t('outline.stepTitle', { stage: stage.title, n: stepIndex + 1 })} value={step.title} required maxLength={200} onCommit={(title) => dispatch({ type: 'renameStep', stepId, title })} />
                        <button type="button" className="icon-button icon-button--small" onClick={() => dispatch({ type: 'deleteStep', stepId })} aria-label={t('outline.deleteStep', { title: step.title })}>
                          <Trash2 size={14} aria-hidden />
                        </button>
                      </li>
                    )
                  })}
                </ol>
                <button
                  type="button"
                  className="link-button outline-add"
                  onClick={() => dispatch({ type: 'addStep', step: createStep(map.id, stageId, t('outline.newStep', { n: stage.stepIds.length + 1 })) })}
                >
                  <Plus size={14} aria-hidden /> {t('outline.addStep', { stage: stage.title })}
                </button>
              </li>
            )
          })}
        </ol>
      </section>

      <section aria-labelledby="outline-lanes">
        <SectionHeader
          className="outline-section-header"
          headingId="outline-lanes"
          title={t('outline.lanes')}
          addLabel={t('outline.addLane')}
          onAdd={() => dispatch({ type: 'addLane', lane: createLane(map.id, 'text', t('outline.newLane', { n: map.laneIds.length + 1 })) })}
        />
        <ol className="outline-list">
          {map.laneIds.map((laneId, index) => {
            const lane = doc.lanes[laneId]
            if (!lane) return null
            return (
              <li key={laneId} className="outline-lane">
                {/* Two lines, so the title keeps its width and the kind is never cut off at 340 px in any language. */}
                <div className="outline-lane-row">
                  <CommitTitle className="outline-lane-title" aria-label={t('outline.laneTitle', { n: index + 1 })} value={lane.title} required maxLength={200} onCommit={(title) => dispatch({ type: 'renameLane', laneId, title })} />
                  <select className="outline-lane-kind" aria-label={t('outline.laneKind', { title: lane.title })} value={lane.kind} onChange={(e) => dispatch({ type: 'setLaneKind', laneId, kind: e.target.value as LaneKind })}>
                    {LANE_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`laneKinds.${kind}`)}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    className="outline-cards-toggle"
                    aria-expanded={expanded.has(laneId)}
                    aria-label={t(expanded.has(laneId) ? 'board.cards.outline.hideCards' : 'board.cards.outline.showCards', { lane: lane.title })}
                    onClick={() => toggleLane(laneId)}
                  >
                    {expanded.has(laneId) ? <ChevronDown size={14} aria-hidden /> : <ChevronRight size={14} aria-hidden className="flip-rtl" />}
                    {t('outline.cardCount', { count: counts[laneId] ?? 0 })}
                  </button>
                  <button type="button" className="icon-button icon-button--small outline-lane-delete" onClick={() => dispatch({ type: 'deleteLane', laneId })} aria-label={t('outline.deleteLane', { title: lane.title })}>
                    <Trash2 size={14} aria-hidden />
                  </button>
                </div>
                {expanded.has(laneId) && <OutlineLaneCards laneId={laneId} laneTitle={lane.title} />}
              </li>
            )
          })}
        </ol>
      </section>
      <OutlineFreeCards />
    </aside>
  )
}
