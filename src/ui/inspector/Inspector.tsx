import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import { CHANNELS, DEVICES, type Card, type Command, type Persona } from '../../domain'
import type { CardPatch } from '../../domain/commands'
import { appStore, useAppStore } from '../../store'
import { CommitInput } from '../CommitInput'
import { CardLockField } from '../facilitation/control/CardLockField'
import { MakeActionButtons } from '../plan/MakeActionButtons'
import { CommitTextArea } from './CommitTextArea'
import { ChoiceField, ColorField, MetricsField, PersonasField, SentimentField } from './fields'
import { patchCards, personaState, sameMetrics, selectedCards, shared, teamSuggestions, togglePersona } from './inspectorModel'

const DEFAULT_TEAMS = ['marketing', 'sales', 'customerService'] as const

/** Every field of the selected card(s). With several cards, differing fields say "Mixed" and an edit applies to all. */
export function Inspector() {
  const { t } = useTranslation()
  const cards = useAppStore(useShallow((s) => selectedCards(s.doc, s.selection)))
  if (cards.length === 0) {
    return (
      <section className="inspector" aria-label={t('board.inspector.title')}>
        <p className="muted">{t('board.inspector.empty')}</p>
      </section>
    )
  }
  // A new selection starts from fresh drafts, so half-typed text never jumps to other cards.
  return <InspectorFields key={cards.map((c) => c.id).join(' ')} cards={cards} />
}

function InspectorFields({ cards }: { cards: readonly Card[] }) {
  const { t } = useTranslation()
  const dispatch = useAppStore((s) => s.dispatch)
  // Whole collections by reference, derived in memos: a selector that walks every card would run on each pan frame.
  const personaRecords = useAppStore((s) => s.doc?.personas)
  const personas = useMemo(() => (personaRecords ? Object.values(personaRecords) : []), [personaRecords])
  // The team suggestions walk every card of the map: made when the team field gets focus, not on
  // every edit (on a 10,000-card map that walk was a tenth of the time from Enter to saved).
  const [teams, setTeams] = useState<readonly string[]>([])
  const suggestTeams = () => setTeams(teamSuggestions({ cards: appStore.getState().doc?.cards ?? {} }, DEFAULT_TEAMS.map((k) => t(`board.inspector.teams.${k}`))))
  const ids = { text: useId(), action: useId(), team: useId(), teams: useId() }

  const run = (cmd: Command | null) => cmd && dispatch(cmd)
  const update = (patch: CardPatch) => run(patchCards(cards, patch))
  const text = shared(cards, (c) => c.text)
  const action = shared(cards, (c) => c.action)
  const team = shared(cards, (c) => c.team)
  const mixed = t('board.inspector.mixed')

  return (
    <section className="inspector" aria-label={t('board.inspector.title')}>
      <p className="muted inspector-count" aria-live="polite">
        {t('board.inspector.selected', { count: cards.length })}
      </p>
      <MakeActionButtons cards={cards} />

      <div className="inspector-field">
        <label htmlFor={ids.text}>{t('board.inspector.text')}</label>
        <CommitTextArea id={ids.text} rows={3} value={text.mixed ? '' : text.value} placeholder={text.mixed ? mixed : undefined} onCommit={(v) => update({ text: v })} />
      </div>

      <CardLockField cards={cards} />
      <SentimentField value={shared(cards, (c) => c.sentiment)} onChange={(sentiment) => update({ sentiment })} />
      <ColorField value={shared(cards, (c) => c.color)} onChange={(color) => update({ color })} />

      <h3>{t('board.inspector.touchpoint')}</h3>
      <ChoiceField
        label={t('board.inspector.channel')}
        value={shared(cards, (c) => c.channel)}
        options={CHANNELS}
        optionLabel={(c) => t(`board.cards.channels.${c}`)}
        onChange={(channel) => update({ channel })}
      />
      <ChoiceField
        label={t('board.inspector.device')}
        value={shared(cards, (c) => c.device)}
        options={DEVICES}
        optionLabel={(d) => t(`board.cards.devices.${d}`)}
        onChange={(device) => update({ device })}
      />
      <div className="inspector-field">
        <label htmlFor={ids.action}>{t('board.inspector.action')}</label>
        <CommitInput id={ids.action} value={action.mixed ? '' : action.value} placeholder={action.mixed ? mixed : t('board.inspector.actionPlaceholder')} maxLength={500} onCommit={(v) => update({ action: v.trim() })} />
      </div>
      <div className="inspector-field">
        <label htmlFor={ids.team}>{t('board.inspector.team')}</label>
        <CommitInput id={ids.team} list={ids.teams} value={team.mixed ? '' : team.value} placeholder={team.mixed ? mixed : t('board.inspector.teamPlaceholder')} maxLength={200} onFocus={suggestTeams} onCommit={(v) => update({ team: v.trim() })} />
        <datalist id={ids.teams}>
          {teams.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </div>

      <MetricsField value={shared(cards, (c) => c.metrics, sameMetrics)} onChange={(metrics) => update({ metrics })} />
      <PersonasField personas={personas} stateOf={(p: Persona) => personaState(cards, p.id)} onToggle={(p, on) => run(togglePersona(cards, p.id, on))} />
    </section>
  )
}
