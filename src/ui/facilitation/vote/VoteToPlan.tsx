import { ListChecks } from 'lucide-react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { JourneyDoc } from '../../../domain'
import { actionsFromVote, voteToPlan, type VoteRecord } from '../../../domain/facilitation'
import { appStore } from '../../../store'

/**
 * "The top cards go to the action plan in one step" (issue 12): one action per card of the vote's
 * first three places, in one command (one undo step), then the plan opens on the first. The note
 * says what the press will do: how many actions, a tie at the third place taken whole, cards
 * already in the plan or deleted since the vote. In a room this is the facilitator's window, whose
 * document is the room's: the actions reach everyone like any other edit.
 */
export function VoteToPlan({ record, doc }: { record: VoteRecord; doc: JourneyDoc }) {
  const { t } = useTranslation()
  const id = useId()
  const plan = voteToPlan(doc, record)
  const picked = plan.make.length + plan.planned.length + plan.gone.length
  if (picked === 0) return null
  const notes = [
    plan.tieAtCut && plan.make.length > 0 ? t('vote.toPlan.tie') : null,
    plan.planned.length > 0 && plan.make.length > 0 ? t('vote.toPlan.planned', { count: plan.planned.length }) : null,
    plan.gone.length > 0 ? t('vote.toPlan.gone', { count: plan.gone.length }) : null,
  ].filter((note): note is string => note !== null)

  const make = () => {
    // What the map holds now, not at the last render: a second quick press finds the first's actions.
    const current = appStore.getState().doc
    if (!current || current.map.id !== doc.map.id) return
    const actions = actionsFromVote(current.map.id, voteToPlan(current, record), Date.now())
    if (actions.length === 0) return
    appStore.getState().dispatch({ type: 'addActions', actions })
    // The plan has a size limit: open it on the first action that made it in.
    const first = actions.find((a) => appStore.getState().doc?.actions[a.id] !== undefined)
    if (first) appStore.getState().showAction(first.id)
  }

  return (
    <div className="vote-to-plan">
      {plan.make.length > 0 ? (
        <button type="button" className="button button--small button--primary" onClick={make} aria-describedby={notes.length > 0 ? `${id}-notes` : undefined} data-testid="vote-to-plan">
          <ListChecks size={14} aria-hidden />
          {t('vote.toPlan.button', { count: plan.make.length })}
        </button>
      ) : plan.planned.length > 0 ? (
        <p className="vote-to-plan-done" role="status" data-testid="vote-to-plan-done">
          {t('vote.toPlan.allPlanned')}
        </p>
      ) : null}
      {notes.length > 0 ? (
        <p id={`${id}-notes`} className="muted vote-to-plan-notes">
          {notes.join(' ')}
        </p>
      ) : null}
    </div>
  )
}
