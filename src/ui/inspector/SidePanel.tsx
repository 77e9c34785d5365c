import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { appStore, useAppStore } from '../../store'
import { Outline } from '../Outline'
import { TabList, tabPanelProps } from '../TabList'
import { useIdleValue } from '../useIdleValue'
import { PeoplePanel } from '../people/PeoplePanel'
import { Inspector } from './Inspector'
import './inspector.css'

type Tab = 'inspector' | 'outline' | 'people'
const TABS: readonly Tab[] = ['inspector', 'outline', 'people']
const TAB_LABEL: Record<Tab, string> = { inspector: 'board.inspector.tab', outline: 'board.inspector.outlineTab', people: 'people.tab' }

/**
 * The panel beside the board: the inspector of the selected cards and the outline of the map.
 * Selecting on the board brings the inspector forward; selecting from the outline keeps the
 * outline, so a keyboard user moving through it is not thrown out of it.
 */
export function SidePanel() {
  const { t } = useTranslation()
  const [tab, setTab] = useState<Tab>(() => (appStore.getState().selection.length > 0 ? 'inspector' : 'outline'))
  const panel = useRef<HTMLDivElement>(null)
  // A map that opens draws its board first: the panel's body (an outline of a 10,000-card map is
  // hundreds of rows, 100-300 ms to render and lay out) follows once the cards are on screen.
  const mapId = useAppStore((s) => s.doc?.map.id ?? null)
  const shownMapId = useIdleValue(mapId, null)

  useEffect(
    () =>
      appStore.subscribe((s, prev) => {
        if (s.selection === prev.selection || s.selection.length === 0) return
        if (panel.current?.contains(document.activeElement)) return
        setTab('inspector')
      }),
    [],
  )

  return (
    <div className="side-panel" ref={panel}>
      <TabList
        tabs={TABS.map((name) => ({ id: name, label: t(TAB_LABEL[name]) }))}
        current={tab}
        onChoose={setTab}
        label={t('board.inspector.panels')}
        idPrefix="side"
        className="side-panel-tabs"
        tabClassName="side-panel-tab"
      />
      {/* Only the open tab is mounted: an outline of 10,000 cards must not render behind the inspector. */}
      <div className="side-panel-body" {...tabPanelProps('side', tab)}>
        {shownMapId !== mapId ? null : tab === 'inspector' ? <Inspector /> : tab === 'outline' ? <Outline /> : <PeoplePanel />}
      </div>
    </div>
  )
}
