import { MapPin, Trash2 } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import { createJob, type Job, type StepId } from '../../domain'
import { jobSentence } from '../../domain/sample'
import { withoutIsolation } from '../../i18n/isolated'
import { appStore, useAppStore } from '../../store'
import { CommitInput } from '../CommitInput'
import { SectionHeader } from '../SectionHeader'
import { placeJobCommand, updateJobCommand } from '../../domain/placeJob'
import { OneLine } from '../OneLine'

function useMapSteps() {
  return useAppStore(
    useShallow((s) => {
      const doc = s.doc
      if (!doc) return []
      return doc.map.stageIds.flatMap((stageId) => {
        const stage = doc.stages[stageId]
        return (stage?.stepIds ?? []).flatMap((id) => (doc.steps[id] ? [doc.steps[id]] : []))
      })
    }),
  )
}

/** Jobs to be done of the workshop, each as "When …, I want to …, so I can …", linked to personas and steps. */
export function JobsPanel() {
  const { t } = useTranslation()
  const dispatch = useAppStore((s) => s.dispatch)
  const jobs = useAppStore(useShallow((s) => Object.values(s.doc?.jobs ?? {})))

  const add = () => {
    const doc = appStore.getState().doc
    if (doc) dispatch({ type: 'addJob', job: createJob(doc.map.workshopId) })
  }

  return (
    <section aria-labelledby="jobs-heading">
      <SectionHeader className="people-section-header" headingId="jobs-heading" title={t('people.jobs.title')} addLabel={t('people.jobs.add')} onAdd={add} />
      {jobs.length === 0 ? <p className="muted">{t('people.jobs.empty')}</p> : null}
      <ol className="job-list">
        {jobs.map((job, i) => (
          <JobItem key={job.id} job={job} n={i + 1} />
        ))}
      </ol>
    </section>
  )
}

function JobItem({ job, n }: { job: Job; n: number }) {
  const { t } = useTranslation()
  const dispatch = useAppStore((s) => s.dispatch)
  const personas = useAppStore(useShallow((s) => Object.values(s.doc?.personas ?? {})))
  const placed = useAppStore((s) => Object.values(s.doc?.cards ?? {}).filter((c) => c.jobId === job.id).length)
  const steps = useMapSteps()
  const [placeAt, setPlaceAt] = useState<StepId | ''>('')
  const target = placeAt && steps.some((s) => s.id === placeAt) ? placeAt : (steps[0]?.id ?? '')
  // The sentence becomes a card's text: stored, so its values go in without isolation marks.
  const sentence = (j: Job) => jobSentence(j, withoutIsolation(t))

  const update = (patch: Parameters<typeof updateJobCommand>[2]) => {
    const doc = appStore.getState().doc
    const current = doc?.jobs[job.id]
    if (doc && current) dispatch(updateJobCommand(doc, current, patch, sentence))
  }
  const place = () => {
    const doc = appStore.getState().doc
    const current = doc?.jobs[job.id]
    if (!doc || !current || !target) return
    const cmd = placeJobCommand(doc, current, target, sentence(current), t('people.jobs.laneTitle'))
    if (cmd) dispatch(cmd)
  }
  const toggle = <T extends string>(list: readonly T[], id: T, on: boolean) => (on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id))

  return (
    <li className="job-item">
      <div className="job-sentence">
        <label>
          <span>{t('people.jobs.when')}</span>
          <CommitInput value={job.situation} aria-label={t('people.jobs.situation', { n })} maxLength={500} onCommit={(situation) => update({ situation })} />
        </label>
        <label>
          <span>{t('people.jobs.wantTo')}</span>
          <CommitInput value={job.motivation} aria-label={t('people.jobs.motivation', { n })} maxLength={500} onCommit={(motivation) => update({ motivation })} />
        </label>
        <label>
          <span>{t('people.jobs.soICan')}</span>
          <CommitInput value={job.outcome} aria-label={t('people.jobs.outcome', { n })} maxLength={500} onCommit={(outcome) => update({ outcome })} />
        </label>
      </div>
      {personas.length > 0 ? (
        <fieldset className="checkbox-grid">
          <legend>{t('people.jobs.personas')}</legend>
          {personas.map((p) => (
            <label key={p.id}>
              <input type="checkbox" checked={job.personaIds.includes(p.id)} onChange={(e) => update({ personaIds: toggle(job.personaIds, p.id, e.target.checked) })} />
              {p.name || t('people.unnamed')}
            </label>
          ))}
        </fieldset>
      ) : null}
      <fieldset className="checkbox-grid">
        <legend>{t('people.jobs.steps')}</legend>
        {steps.length === 0 ? <p className="muted">{t('people.jobs.noSteps')}</p> : null}
        {steps.map((step) => (
          <label key={step.id}>
            <input type="checkbox" checked={job.stepIds.includes(step.id)} onChange={(e) => update({ stepIds: toggle(job.stepIds, step.id, e.target.checked) })} />
            <OneLine text={step.title} />
          </label>
        ))}
      </fieldset>
      <div className="job-actions">
        <select aria-label={t('people.jobs.placeAt', { n })} value={target} onChange={(e) => setPlaceAt(e.target.value as StepId)} disabled={steps.length === 0}>
          {steps.map((step) => (
            <option key={step.id} value={step.id}>
              {step.title}
            </option>
          ))}
        </select>
        <button type="button" className="button button--small" onClick={place} disabled={!target} aria-label={t('people.jobs.placeButton', { n })}>
          <MapPin size={14} aria-hidden /> {t('people.jobs.place')}
        </button>
        {placed > 0 ? <span className="muted">{t('people.jobs.placed', { count: placed })}</span> : null}
        <button type="button" className="icon-button icon-button--small" onClick={() => dispatch({ type: 'deleteJob', jobId: job.id })} aria-label={t('people.jobs.delete', { n })} title={t('people.jobs.delete', { n })}>
          <Trash2 size={14} aria-hidden />
        </button>
      </div>
    </li>
  )
}
