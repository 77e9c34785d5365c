import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { TabList, tabPanelProps } from '../TabList'
import { FACILITATION_PANELS } from './panels'
import './facilitation.css'

/** Running the workshop beside the board, in the inspector's place: the agenda, voting, and what comes next. */
export function FacilitationSide() {
  const { t } = useTranslation()
  const [tab, setTab] = useState(FACILITATION_PANELS[0]?.id ?? '')
  const current = FACILITATION_PANELS.find((p) => p.id === tab) ?? FACILITATION_PANELS[0]

  return (
    <aside className="facilitation-side" data-testid="facilitation-side" aria-label={t('facilitation.title')}>
      <TabList
        tabs={FACILITATION_PANELS.map((p) => ({ id: p.id, label: t(p.labelKey) }))}
        current={current?.id ?? ''}
        onChoose={setTab}
        label={t('facilitation.panels')}
        idPrefix="facilitation"
        className="side-panel-tabs"
        tabClassName="side-panel-tab"
      />
      {current ? (
        <div className="facilitation-side-body" {...tabPanelProps('facilitation', current.id)}>
          <current.Panel />
        </div>
      ) : null}
    </aside>
  )
}
