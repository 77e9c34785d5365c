import { CircleHelp, Settings } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { appStore, useAppStore } from '../store'
import { UndoRedoButtons } from './History'
import { OneLine } from './OneLine'
import { PlanToggle } from './plan/PlanToggle'
import { SaveStatusBadge } from './SaveStatusBadge'
import { SettingsDialog } from './settings/SettingsDialog'
import { useWorkspace } from './WorkspaceContext'

export function TopBar() {
  const { t } = useTranslation()
  const workspace = useWorkspace()
  const screen = useAppStore((s) => s.screen)
  const workshopTitle = useAppStore((s) => (s.screen.kind === 'workshop' ? (s.workshops.find((w) => w.id === (s.screen as { workshopId: string }).workshopId)?.title ?? '') : ''))
  const mapTitle = useAppStore((s) => s.doc?.map.title ?? null)
  const hasMap = mapTitle !== null
  const [settingsOpen, setSettingsOpen] = useState(false)

  return (
    <header className="topbar">
      <span className="brand" aria-hidden>
        <svg width="22" height="22" viewBox="0 0 24 24">
          <path d="M2 17 C6 6, 10 20, 14 10 S 20 6, 22 8" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
        </svg>
      </span>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumbs">
        <ol>
          <li>
            {screen.kind === 'workshops' ? (
              <span aria-current="page">{t('nav.workshops')}</span>
            ) : (
              <button type="button" className="link-button" onClick={() => void workspace.showWorkshops()}>
                {t('nav.workshops')}
              </button>
            )}
          </li>
          {screen.kind === 'workshop' ? (
            <li className="breadcrumb-title">
              <OneLine text={workshopTitle} />
            </li>
          ) : null}
          {hasMap ? (
            <li className="breadcrumb-title" aria-current="page">
              <OneLine text={mapTitle} />
            </li>
          ) : null}
        </ol>
      </nav>
      <div className="topbar-end">
        {/* Through appUndo, like the keys and the menu: in a room it undoes only this person's own changes. */}
        {/* The map's action plan; a participant's page has its own bar and shows it there. */}
        {hasMap ? <PlanToggle /> : null}
        {hasMap ? <UndoRedoButtons /> : null}
        <SaveStatusBadge />
        {/* "?" opens the same sheet, but nobody finds a key they have not been told about. */}
        <button type="button" className="icon-button" onClick={() => appStore.getState().openDialog({ kind: 'shortcuts' })} aria-label={t('shortcuts.help')} title={t('shortcuts.help')}>
          <CircleHelp size={18} aria-hidden />
        </button>
        <button type="button" className="icon-button" onClick={() => setSettingsOpen(true)} aria-label={t('settings.open')} title={t('settings.open')}>
          <Settings size={18} aria-hidden />
        </button>
      </div>
      <SettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
    </header>
  )
}
