import { ListChecks } from 'lucide-react'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { isTextEntry } from '../../canvas/keyboard'
import { actionsFor } from '../../editor/keymap'
import { appStore, useAppStore } from '../../store'
import { makeActionsFromSelection } from './makeActions'

/**
 * The board bar's "Plan" button: the action plan in the board's place and back, labelled with how
 * many actions the map has. It also carries the "make an action" key (Shift+A by the keymap), since
 * it is on every page that shows a map, a participant's laptop included.
 */
export function PlanToggle() {
  const { t } = useTranslation()
  const open = useAppStore((s) => s.plan.open)
  const count = useAppStore((s) => (s.doc ? Object.keys(s.doc.actions).length : 0))
  const hasDoc = useAppStore((s) => s.doc !== null)

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTextEntry(e.target) || !actionsFor(e).includes('makeAction')) return
      if (appStore.getState().selection.length === 0) return
      e.preventDefault()
      makeActionsFromSelection(false)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  return (
    <button
      type="button"
      className={`button button--small${open ? ' button--pressed' : ''}`}
      aria-pressed={open}
      disabled={!hasDoc}
      onClick={() => appStore.getState().setPlan(open ? { open: false, focus: null } : { open: true })}
      aria-label={t('plan.view.toggleLabel', { count })}
      title={t('plan.view.toggleLabel', { count })}
      data-testid="plan-toggle"
    >
      {/* Icon and count only, like the bar's other workshop buttons: a word more wraps the bar at 1,280 px and shrinks the board. */}
      <ListChecks size={14} aria-hidden />
      <span className="plan-toggle-count" aria-hidden>
        {t('plan.view.count', { count })}
      </span>
    </button>
  )
}
