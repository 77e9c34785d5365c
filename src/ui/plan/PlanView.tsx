import { X } from 'lucide-react'
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { actionsOf, filterActions } from '../../domain'
import { appStore, useAppStore } from '../../store'
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
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({})
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
  const onTabKey = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0
    if (!step || PLAN_TABS.length === 0) return
    e.preventDefault()
    const rtl = getComputedStyle(e.currentTarget).direction === 'rtl'
    const index = PLAN_TABS.findIndex((p) => p.id === current?.id)
    const next = PLAN_TABS[(index + (rtl ? -step : step) + PLAN_TABS.length) % PLAN_TABS.length]!
    choose(next.id)
    tabRefs.current[next.id]?.focus()
  }
  const close = () => appStore.getState().setPlan({ open: false, focus: null })

  if (!doc) return null
  return (
    <section ref={root} className="plan-view" tabIndex={-1} aria-labelledby="plan-view-title" data-testid="plan-view">
      <header className="plan-header">
        <h2 id="plan-view-title" className="plan-title">
          {t('plan.view.title')}
        </h2>
        <div className="plan-tabs" role="tablist" aria-label={t('plan.view.tabs.label')} onKeyDown={onTabKey}>
          {PLAN_TABS.map((p) => (
            <button
              key={p.id}
              ref={(el) => {
                tabRefs.current[p.id] = el
              }}
              type="button"
              role="tab"
              id={`plan-tab-${p.id}`}
              aria-controls={`plan-panel-${p.id}`}
              aria-selected={current?.id === p.id}
              tabIndex={current?.id === p.id ? 0 : -1}
              className="plan-tab"
              onClick={() => choose(p.id)}
            >
              {t(p.labelKey)}
            </button>
          ))}
        </div>
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
        <div className="plan-body" role="tabpanel" id={`plan-panel-${current.id}`} aria-labelledby={`plan-tab-${current.id}`}>
          <current.Panel actions={shown} />
        </div>
      ) : null}
    </section>
  )
}
