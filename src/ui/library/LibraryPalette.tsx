import { GripVertical, Plus, Search, Trash2, X } from 'lucide-react'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import { CHANNELS, type Channel, type LaneId, type StepId } from '../../domain'
import { groupLibrary, LIBRARY_PHASES, searchLibrary, type LibraryEntry, type LibraryPhase } from '../../domain/touchpointLibrary'
import { useAppStore } from '../../store'
import { CHANNEL_ICONS } from './channelIcons'
import { addLibraryCard, type LibraryDragPayload } from './libraryDrop'
import { LIBRARY_DRAG_TYPE, useLibrary } from './useLibrary'

function useCellChoices() {
  const steps = useAppStore(
    useShallow((s) => {
      const doc = s.doc
      return doc ? doc.map.stageIds.flatMap((id) => (doc.stages[id]?.stepIds ?? []).flatMap((sid) => (doc.steps[sid] ? [doc.steps[sid]] : []))) : []
    }),
  )
  const lanes = useAppStore(useShallow((s) => (s.doc ? s.doc.map.laneIds.flatMap((id) => (s.doc?.lanes[id] ? [s.doc.lanes[id]] : [])) : [])))
  return { steps, lanes }
}

/**
 * The touchpoint library beside the board: the built-in touchpoints of the sources by phase plus
 * the facilitator's own, searchable. Drag one onto a cell, or pick a step and a lane and press Add.
 */
export function LibraryPalette({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const library = useLibrary()
  const [query, setQuery] = useState('')
  const { steps, lanes } = useCellChoices()
  const [stepChoice, setStepChoice] = useState<StepId | ''>('')
  const [laneChoice, setLaneChoice] = useState<LaneId | ''>('')
  const stepId = steps.some((s) => s.id === stepChoice) ? stepChoice : (steps[0]?.id ?? '')
  const laneId = lanes.some((l) => l.id === laneChoice) ? laneChoice : (lanes.find((l) => l.kind === 'touchpoints') ?? lanes[0])?.id ?? ''

  const channelName = (c: Channel) => t(`board.cards.channels.${c}`)
  const found = searchLibrary(library.entries, query, library.nameOf, channelName)
  const groups = groupLibrary(found)
  const payload = (entry: LibraryEntry): LibraryDragPayload => ({ name: library.nameOf(entry), channel: entry.channel })

  return (
    <aside className="library-palette" aria-labelledby="library-heading">
      <div className="people-section-header">
        <h2 id="library-heading">{t('library.title')}</h2>
        <button type="button" className="icon-button icon-button--small" onClick={onClose} aria-label={t('library.close')} title={t('library.close')}>
          <X size={16} aria-hidden />
        </button>
      </div>
      <label className="library-search">
        <Search size={14} aria-hidden />
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} aria-label={t('library.search')} placeholder={t('library.search')} />
      </label>
      <p className="muted library-hint">{t('library.dragHint')}</p>
      <div className="field-row library-target">
        <label className="field">
          <span>{t('library.step')}</span>
          <select aria-label={t('library.step')} value={stepId} onChange={(e) => setStepChoice(e.target.value as StepId)}>
            {steps.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('library.lane')}</span>
          <select aria-label={t('library.lane')} value={laneId} onChange={(e) => setLaneChoice(e.target.value as LaneId)}>
            {lanes.map((l) => (
              <option key={l.id} value={l.id}>
                {l.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      {found.length === 0 ? <p className="muted">{t('library.noResults', { query })}</p> : null}
      {LIBRARY_PHASES.map((phase) => {
        const list = groups.get(phase) ?? []
        if (list.length === 0) return null
        return (
          <section key={phase} aria-labelledby={`library-phase-${phase}`}>
            <h3 id={`library-phase-${phase}`}>{t(`library.phases.${phase}`)}</h3>
            <ul className="library-list">
              {list.map((entry) => {
                const Icon = CHANNEL_ICONS[entry.channel]
                const name = library.nameOf(entry)
                return (
                  <li
                    key={entry.id}
                    className="library-entry"
                    draggable
                    data-entry={entry.key ?? entry.id}
                    onDragStart={(e) => {
                      e.dataTransfer.setData(LIBRARY_DRAG_TYPE, JSON.stringify(payload(entry)))
                      e.dataTransfer.setData('text/plain', name)
                      e.dataTransfer.effectAllowed = 'copy'
                    }}
                  >
                    <GripVertical size={14} aria-hidden className="library-grip" />
                    <Icon size={16} aria-hidden />
                    <span className="library-entry-name">
                      {/* The whole name, wrapped: a cut "Spørreundersøkelser om p…" cannot be told from its neighbours. */}
                      <span className="library-entry-title" dir="auto">
                        {name}
                      </span>
                      <span className="muted">{channelName(entry.channel)}</span>
                    </span>
                    <button type="button" className="icon-button icon-button--small" disabled={!stepId || !laneId} onClick={() => addLibraryCard(payload(entry), { stepId: stepId as StepId, laneId: laneId as LaneId })} aria-label={t('library.add', { name })} title={t('library.add', { name })}>
                      <Plus size={14} aria-hidden />
                    </button>
                    {entry.builtIn ? null : (
                      <button type="button" className="icon-button icon-button--small" onClick={() => void library.remove(entry.id)} aria-label={t('library.deleteOwn', { name })} title={t('library.deleteOwn', { name })}>
                        <Trash2 size={14} aria-hidden />
                      </button>
                    )}
                  </li>
                )
              })}
            </ul>
          </section>
        )
      })}
      <OwnEntryForm onAdd={library.add} />
    </aside>
  )
}

function OwnEntryForm({ onAdd }: { onAdd: (fields: { name: string; phase: LibraryPhase; channel: Channel }) => Promise<void> }) {
  const { t } = useTranslation()
  const [name, setName] = useState('')
  const [phase, setPhase] = useState<LibraryPhase>('before')
  const [channel, setChannel] = useState<Channel>('webPage')
  const id = useId()
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const trimmed = name.trim()
    if (!trimmed) return
    void onAdd({ name: trimmed, phase, channel }).then(() => setName(''))
  }
  return (
    <details className="library-own">
      <summary>{t('library.addOwn')}</summary>
      <form className="form" onSubmit={submit}>
        <label className="field">
          <span>{t('library.ownName')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} required />
        </label>
        <div className="field">
          <label htmlFor={`${id}-phase`}>{t('library.ownPhase')}</label>
          <select id={`${id}-phase`} value={phase} onChange={(e) => setPhase(e.target.value as LibraryPhase)}>
            {LIBRARY_PHASES.map((p) => (
              <option key={p} value={p}>
                {t(`library.phases.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-channel`}>{t('library.ownChannel')}</label>
          <select id={`${id}-channel`} value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`board.cards.channels.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--small">
          {t('library.ownSave')}
        </button>
      </form>
    </details>
  )
}
