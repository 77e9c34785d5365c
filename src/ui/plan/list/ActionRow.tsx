import { Trash2 } from 'lucide-react'
import { memo, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { ACTION_STATUSES, AUTOMATION_LEVELS, SCORE_MAX, SCORE_MIN, type Action, type ActionStatus, type AutomationLevel, type JourneyDoc } from '../../../domain'
import type { ActionPatch } from '../../../domain/commands'
import { formatNumber } from '../../../i18n/format'
import { CommitInput } from '../../CommitInput'
import { DueField } from './DueField'
import { deleteAction, updateAction } from './listModel'
import { SourceCards } from './SourceCards'

const SCORES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i)

export interface ActionRowProps {
  readonly action: Action
  readonly cards: JourneyDoc['cards']
  /** The id of the datalist of owners the list offers. */
  readonly ownersList: string
  readonly readOnly: boolean
  /** The action a card's badge asked for: brought into view, highlighted, its title focused. */
  readonly focused: boolean
}

/** One action in the list, every field editable in place; each edit is one command (one undo step). */
export const ActionRow = memo(function ActionRow({ action, cards, ownersList, readOnly, focused }: ActionRowProps) {
  const { t, i18n } = useTranslation()
  const row = useRef<HTMLTableRowElement>(null)
  const title = useRef<HTMLInputElement>(null)
  const update = (patch: ActionPatch) => updateAction(action.id, patch)
  const label = (column: string) => t(`plan.column.${column}`)

  useEffect(() => {
    if (!focused) return
    row.current?.scrollIntoView?.({ block: 'nearest' })
    title.current?.focus({ preventScroll: true })
  }, [focused])

  return (
    <tr ref={row} className={`plan-row${focused ? ' plan-row--focus' : ''}`} data-testid="plan-row" data-action-id={action.id} data-focused={focused || undefined}>
      <td>
        <CommitInput ref={title} className="plan-input plan-input--title" aria-label={label('title')} value={action.title} placeholder={t('plan.markdown.untitled')} readOnly={readOnly} maxLength={500} onCommit={(title) => update({ title })} />
      </td>
      <td>
        <CommitInput className="plan-input plan-input--wide" aria-label={label('deliverable')} value={action.deliverable} placeholder={t('plan.list.deliverablePlaceholder')} readOnly={readOnly} onCommit={(deliverable) => update({ deliverable })} />
      </td>
      <td>
        <CommitInput className="plan-input plan-input--owner" aria-label={label('owner')} list={ownersList} value={action.owner} placeholder={t('plan.list.ownerPlaceholder')} readOnly={readOnly} maxLength={200} onCommit={(owner) => update({ owner: owner.trim() })} />
      </td>
      <td>
        <DueField value={action.due} label={label('due')} readOnly={readOnly} onCommit={(due) => update({ due })} />
      </td>
      <td>
        <select className={`plan-select plan-status plan-status--${action.status}`} aria-label={label('status')} value={action.status} disabled={readOnly} onChange={(e) => update({ status: e.currentTarget.value as ActionStatus })}>
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`plan.status.${s}`)}
            </option>
          ))}
        </select>
      </td>
      {(['impact', 'effort'] as const).map((field) => (
        <td key={field}>
          <select className="plan-select plan-score" aria-label={label(field)} value={action[field]} disabled={readOnly} onChange={(e) => update({ [field]: Number(e.currentTarget.value) })}>
            {SCORES.map((n) => (
              <option key={n} value={n}>
                {formatNumber(n, i18n.language)}
              </option>
            ))}
          </select>
        </td>
      ))}
      <td>
        <select className="plan-select plan-select--automation" aria-label={label('automation')} value={action.automation} disabled={readOnly} onChange={(e) => update({ automation: e.currentTarget.value as AutomationLevel })}>
          {AUTOMATION_LEVELS.map((a) => (
            <option key={a} value={a}>
              {t(`plan.automation.${a}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <CommitInput className="plan-input plan-input--wide" aria-label={label('automationNote')} value={action.automationNote} placeholder={t('plan.list.automationNotePlaceholder')} readOnly={readOnly} onCommit={(automationNote) => update({ automationNote })} />
      </td>
      <td className="plan-votes">{formatNumber(action.votes, i18n.language)}</td>
      <td>
        <SourceCards doc={{ cards }} cardIds={action.cardIds} />
      </td>
      <td>
        {readOnly ? null : (
          <button type="button" className="icon-button icon-button--small" aria-label={t('plan.list.delete', { title: action.title || t('plan.markdown.untitled') })} title={t('plan.list.deleteShort')} onClick={() => deleteAction(action, t('plan.markdown.untitled'))}>
            <Trash2 size={14} aria-hidden />
          </button>
        )}
      </td>
    </tr>
  )
})
