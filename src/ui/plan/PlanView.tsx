import { X } from 'lucide-react'
import { useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { actionsOf, filterActions } from '../../domain'
import { appStore, useAppStore } from '../../store'
import { TabList, tabPanelProps } from '../TabList'
import { PlanFilters } from './PlanFilters'
import { PLAN_TABS, PLAN_TOOLS } from './tabs'
import './plan.css'

/**
 * The action plan of the open map, in the board's place beside the side panel: its title, the tabs
 * of its views (list, matrix), the tools of the header (export, import), the filter bar, and the
 * open view with the actions the filter lets through.
 */
export function PlanView() {
  const { t } = useTranslation()
  const doc = useAppStore((s) => s.doc)
  const tab = useAppStore((s) => s.plan.tab)
  const filter = useAppStore((s) => s.plan.filter)
  const focus = useAppStore((s) => s.plan.focus)
  const root = useRef<HTMLElement>(null)
  // By the document: a pan or a selection does not refilter.
  const all = useMemo(() => (doc ? actionsOf(doc) : []), [doc])
  const shown = useMemo(() => (doc ? filterActions(doc, all, filter) : []), [doc, all, filter])
  const current = PLAN_TABS.find((p) => p.id === tab) ?? PLAN_TABS[0]

  // Keys go to the plan, not the board hidden behind it (Delete would remove its selected cards);
  // an action to show takes the keyboard itself (its title field).
  const focusOnOpen = useRef(focus)
  useEffect(() => {
    if (!focusOnOpen.current) root.current?.focus({ preventScroll: true })
  }, [])

  const choose = (id: (typeof PLAN_TABS)[number]['id']) => appStore.getState().setPlan({ tab: id })
  const close = () => appStore.getState().setPlan({ open: false, focus: null })

  if (!doc) return null
  return (
    <section ref={root} className="plan-view" tabIndex={-1} aria-labelledby="plan-view-title" data-testid="plan-view">
      <header className="plan-header">
        <h2 id="plan-view-title" className="plan-title">
          {t('plan.view.title')}
        </h2>
        <TabList
          tabs={PLAN_TABS.map((p) => ({ id: p.id, label: t(p.labelKey) }))}
          current={current?.id ?? 'list'}
          onChoose={choose}
          label={t('plan.view.tabs.label')}
          idPrefix="plan"
          className="plan-tabs"
          tabClassName="plan-tab"
        />
        <div className="plan-tools">
          {PLAN_TOOLS.map((Tool, i) => (
            <Tool key={i} />
          ))}
          <button type="button" className="button button--small" onClick={close} data-testid="plan-close">
            <X size={14} aria-hidden /> {t('plan.view.close')}
          </button>
        </div>
      </header>
      <PlanFilters doc={doc} actions={all} shown={shown.length} filter={filter} />
      {current ? (
        <div className="plan-body" {...tabPanelProps('plan', current.id)}>
          <current.Panel actions={shown} />
        </div>
      ) : null}
    </section>
  )
}
