import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { appStore } from '../../store'
import { Outline } from '../Outline'
import { PeoplePanel } from '../people/PeoplePanel'
import { Inspector } from './Inspector'
import './inspector.css'

type Tab = 'inspector' | 'outline' | 'people'
const TABS: readonly Tab[] = ['inspector', 'outline', 'people']

/**
 * The panel beside the board: the inspector of the selected cards and the outline of the map.
 * Selecting on the board brings the inspector forward; selecting from the outline keeps the
 * outline, so a keyboard user moving through it is not thrown out of it.
 */
export function SidePanel() {
  const { t } = useTranslation()
  const [tab, setTab] = useState<Tab>(() => (appStore.getState().selection.length > 0 ? 'inspector' : 'outline'))
  const panel = useRef<HTMLDivElement>(null)
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({})

  useEffect(
    () =>
      appStore.subscribe((s, prev) => {
        if (s.selection === prev.selection || s.selection.length === 0) return
        if (panel.current?.contains(document.activeElement)) return
        setTab('inspector')
      }),
    [],
  )

  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0
    if (!step) return
    e.preventDefault()
    const rtl = getComputedStyle(e.currentTarget).direction === 'rtl'
    const next = TABS[(TABS.indexOf(tab) + (rtl ? -step : step) + TABS.length) % TABS.length] as Tab
    setTab(next)
    tabRefs.current[next]?.focus()
  }

  return (
    <div className="side-panel" ref={panel}>
      <div className="side-panel-tabs" role="tablist" aria-label={t('board.inspector.panels')} onKeyDown={onKeyDown}>
        {TABS.map((name) => (
          <button
            key={name}
            ref={(el) => {
              tabRefs.current[name] = el
            }}
            type="button"
            role="tab"
            id={`side-tab-${name}`}
            aria-controls={`side-panel-${name}`}
            aria-selected={tab === name}
            tabIndex={tab === name ? 0 : -1}
            className="side-panel-tab"
            onClick={() => setTab(name)}
          >
            {t(name === 'inspector' ? 'board.inspector.tab' : name === 'outline' ? 'board.inspector.outlineTab' : 'people.tab')}
          </button>
        ))}
      </div>
      {/* Only the open tab is mounted: an outline of 10,000 cards must not render behind the inspector. */}
      <div className="side-panel-body" role="tabpanel" id={`side-panel-${tab}`} aria-labelledby={`side-tab-${tab}`}>
        {tab === 'inspector' ? <Inspector /> : tab === 'outline' ? <Outline /> : <PeoplePanel />}
      </div>
    </div>
  )
}
