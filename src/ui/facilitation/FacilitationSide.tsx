import { useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { FACILITATION_PANELS } from './panels'
import './facilitation.css'

/** Running the workshop beside the board, in the inspector's place: the agenda, voting, and what comes next. */
export function FacilitationSide() {
  const { t } = useTranslation()
  const [tab, setTab] = useState(FACILITATION_PANELS[0]?.id ?? '')
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({})
  const current = FACILITATION_PANELS.find((p) => p.id === tab) ?? FACILITATION_PANELS[0]

  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0
    if (!step || FACILITATION_PANELS.length === 0) return
    e.preventDefault()
    const rtl = getComputedStyle(e.currentTarget).direction === 'rtl'
    const index = FACILITATION_PANELS.findIndex((p) => p.id === current?.id)
    const next = FACILITATION_PANELS[(index + (rtl ? -step : step) + FACILITATION_PANELS.length) % FACILITATION_PANELS.length]!
    setTab(next.id)
    tabRefs.current[next.id]?.focus()
  }

  return (
    <aside className="facilitation-side" data-testid="facilitation-side" aria-label={t('facilitation.title')}>
      <div className="side-panel-tabs" role="tablist" aria-label={t('facilitation.panels')} onKeyDown={onKeyDown}>
        {FACILITATION_PANELS.map((p) => (
          <button
            key={p.id}
            ref={(el) => {
              tabRefs.current[p.id] = el
            }}
            type="button"
            role="tab"
            id={`facilitation-tab-${p.id}`}
            aria-controls={`facilitation-panel-${p.id}`}
            aria-selected={current?.id === p.id}
            tabIndex={current?.id === p.id ? 0 : -1}
            className="side-panel-tab"
            onClick={() => setTab(p.id)}
          >
            {t(p.labelKey)}
          </button>
        ))}
      </div>
      {current ? (
        <div className="facilitation-side-body" role="tabpanel" id={`facilitation-panel-${current.id}`} aria-labelledby={`facilitation-tab-${current.id}`}>
          <current.Panel />
        </div>
      ) : null}
    </aside>
  )
}
