import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LANE_KINDS, type LaneKind } from '../../../domain'
import { MAX_INSTRUCTION_CHARS, MAX_MINUTES, MAX_TITLE_CHARS, MIN_MINUTES, renameStep, setInstruction, setLaneKinds, setMinutes, type AgendaStep } from '../../../domain/facilitation'
import { changeAgenda } from './agendaActions'
import { useMapLaneKinds } from './useMapLaneKinds'

/**
 * A step's fields. Text is written to the agenda when the field is left (or Enter in the title),
 * so typing a space is not trimmed away mid-word; minutes and lanes apply at once.
 */
export function StepEditor({ step, onDone }: { step: AgendaStep; onDone: () => void }) {
  const { t } = useTranslation()
  const id = useId()
  const onMap = useMapLaneKinds()
  const [title, setTitle] = useState(step.title)
  const [instruction, setText] = useState(step.instruction)
  const [minutes, setMinutesText] = useState(String(step.minutes))
  const [allKinds, setAllKinds] = useState(false)

  const commitTitle = () => changeAgenda((a) => renameStep(a, step.id, title))
  const commitInstruction = () => changeAgenda((a) => setInstruction(a, step.id, instruction))
  // Kinds of this map first, then any the step names that the map lacks; every kind on request.
  const shown: LaneKind[] = allKinds ? [...LANE_KINDS] : [...onMap, ...step.laneKinds.filter((k) => !onMap.includes(k))]
  const toggle = (kind: LaneKind, on: boolean) =>
    changeAgenda((a) => setLaneKinds(a, step.id, on ? [...step.laneKinds, kind] : step.laneKinds.filter((k) => k !== kind)))

  return (
    <div className="agenda-step-editor" role="group" aria-label={t('agenda.editNamed', { title: step.title || t(`agenda.kinds.${step.kind}.title`) })}>
      <label className="field">
        <span>{t('agenda.fields.title')}</span>
        <input
          data-control="title"
          value={title}
          maxLength={MAX_TITLE_CHARS}
          placeholder={t(`agenda.kinds.${step.kind}.title`)}
          aria-describedby={`${id}-title-hint`}
          onChange={(e) => setTitle(e.target.value)}
          onBlur={commitTitle}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitTitle()
          }}
        />
      </label>
      <p className="agenda-hint" id={`${id}-title-hint`}>
        {t('agenda.fields.titleHint')}
      </p>
      <label className="field">
        <span>{t('agenda.fields.instruction')}</span>
        <textarea
          value={instruction}
          rows={3}
          maxLength={MAX_INSTRUCTION_CHARS}
          placeholder={t(`agenda.kinds.${step.kind}.instruction`)}
          onChange={(e) => setText(e.target.value)}
          onBlur={commitInstruction}
        />
      </label>
      <label className="field agenda-minutes">
        <span>{t('agenda.fields.minutes')}</span>
        <input
          type="number"
          inputMode="numeric"
          min={MIN_MINUTES}
          max={MAX_MINUTES}
          step={1}
          value={minutes}
          onChange={(e) => {
            setMinutesText(e.target.value)
            const value = e.target.valueAsNumber
            if (Number.isFinite(value)) changeAgenda((a) => setMinutes(a, step.id, value))
          }}
          onBlur={() => setMinutesText(String(step.minutes))}
        />
      </label>
      <fieldset className="agenda-lanes-field">
        <legend>{t('agenda.fields.lanes')}</legend>
        {shown.map((kind) => (
          <label key={kind} className="agenda-lane-choice">
            <input type="checkbox" checked={step.laneKinds.includes(kind)} onChange={(e) => toggle(kind, e.target.checked)} /> {t(`laneKinds.${kind}`)}
            {onMap.includes(kind) ? null : <span className="agenda-hint">{` (${t('agenda.notOnMap')})`}</span>}
          </label>
        ))}
        <label className="agenda-lane-choice agenda-all-kinds">
          <input type="checkbox" checked={allKinds} onChange={(e) => setAllKinds(e.target.checked)} /> {t('agenda.fields.allKinds')}
        </label>
      </fieldset>
      <div className="agenda-row">
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            commitTitle()
            commitInstruction()
            onDone()
          }}
        >
          {t('agenda.done')}
        </button>
      </div>
    </div>
  )
}
