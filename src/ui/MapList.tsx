import { Copy, Download, ListChecks, Pencil, Plus, RotateCcw, Trash2, Upload, X } from 'lucide-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { withoutIsolation } from '../i18n/isolated'
import type { MapId } from '../domain'
import { appStore, useAppStore } from '../store'
import { closeOwnDialog } from './closeOwnDialog'
import { CommitInput } from './CommitInput'
import { openExportDialog, openImportDialog } from './files'
import { TemplateChooser } from './templates/TemplateChooser'
import { useWorkspace } from './WorkspaceContext'

interface MapListProps {
  /** Whether the workshop's action plan (all maps' actions) is shown in place of the map. */
  readonly planShown?: boolean
  /** Shows or hides the workshop's plan; without it the list offers no plan. Choosing a map hides it. */
  readonly onShowPlan?: (shown: boolean) => void
}

/** The maps of the open workshop: switch, add, rename, duplicate, delete and restore; and the plan of them all. */
export function MapList({ planShown = false, onShowPlan }: MapListProps = {}) {
  const { t } = useTranslation()
  const workspace = useWorkspace()
  const maps = useAppStore((s) => s.maps)
  const trashed = useAppStore((s) => s.trashedMaps)
  const openMapId = useAppStore((s) => s.openMapId)
  const openTitle = useAppStore((s) => s.doc?.map.title)
  const [renaming, setRenaming] = useState<MapId | null>(null)
  const [showTrash, setShowTrash] = useState(false)
  const choosing = useAppStore((s) => s.dialog?.kind === 'newMap')

  // A new map starts from a template; Ctrl+N and the menu open the same chooser.
  const newMap = () => appStore.getState().openDialog({ kind: 'newMap' })
  // The chooser belongs to this list: leaving the workshop must not leave it waiting for the next one.
  useEffect(() => () => closeOwnDialog('newMap'), [])

  return (
    <nav className="map-list" aria-labelledby="maps-heading">
      <div className="map-list-header">
        <h2 id="maps-heading">{t('maps.heading')}</h2>
        <button type="button" className="icon-button" onClick={openImportDialog} aria-label={t('import.button')} title={t('import.title')}>
          <Upload size={18} aria-hidden />
        </button>
        {openMapId ? (
          <button type="button" className="icon-button" onClick={openExportDialog} aria-label={t('export.button')} title={t('export.title')}>
            <Download size={18} aria-hidden />
          </button>
        ) : null}
        <button type="button" className="icon-button" onClick={newMap} aria-label={t('maps.new')} title={t('maps.new')}>
          <Plus size={18} aria-hidden />
        </button>
      </div>
      {onShowPlan && maps.length > 0 ? (
        <button type="button" className="button button--small map-list-plan" aria-pressed={planShown} onClick={() => onShowPlan(!planShown)} data-testid="workshop-plan-toggle">
          <ListChecks size={14} aria-hidden />
          {t('plan.workshop.open')}
        </button>
      ) : null}
      {maps.length === 0 ? (
        <div className="map-list-empty">
          <p className="muted">{t('maps.empty')}</p>
          <button type="button" className="button button--primary" onClick={newMap}>
            {t('maps.createFirst')}
          </button>
        </div>
      ) : (
        <ul>
          {maps.map((m) => {
            const title = m.id === openMapId && openTitle !== undefined ? openTitle : m.title
            const isOpen = m.id === openMapId
            return (
              <li key={m.id} className={`map-item${isOpen ? ' map-item--open' : ''}`}>
                {renaming === m.id ? (
                  <CommitInput
                    autoFocus
                    aria-label={t('maps.renameLabel')}
                    className="map-item-input"
                    value={title}
                    required
                    maxLength={200}
                    onCommit={(value) => void workspace.renameMap(m.id, value)}
                    onBlurCapture={() => setRenaming(null)}
                  />
                ) : (
                  <button
                    type="button"
                    className="map-item-title"
                    title={title}
                    dir="auto"
                    aria-current={isOpen ? 'page' : undefined}
                    onClick={() => {
                      onShowPlan?.(false)
                      void workspace.openMap(m.id)
                    }}
                    onDoubleClick={() => setRenaming(m.id)}
                  >
                    {title}
                  </button>
                )}
                <span className="map-item-actions" role="group" aria-label={t('maps.actions', { title })}>
                  <button type="button" className="icon-button icon-button--small" onClick={() => setRenaming(m.id)} aria-label={t('maps.rename')} title={t('maps.rename')}>
                    <Pencil size={14} aria-hidden />
                  </button>
                  <button
                    type="button"
                    className="icon-button icon-button--small"
                    onClick={() => void workspace.duplicateMap(m.id, withoutIsolation(t)('maps.copyTitle', { title }))}
                    aria-label={t('maps.duplicate')}
                    title={t('maps.duplicate')}
                  >
                    <Copy size={14} aria-hidden />
                  </button>
                  <button type="button" className="icon-button icon-button--small" onClick={() => void workspace.trashMap(m.id)} aria-label={t('maps.delete')} title={t('maps.delete')}>
                    <Trash2 size={14} aria-hidden />
                  </button>
                </span>
              </li>
            )
          })}
        </ul>
      )}
      {trashed.length > 0 ? (
        <div className="map-trash">
          <button type="button" className="link-button" aria-expanded={showTrash} onClick={() => setShowTrash((v) => !v)}>
            {t('maps.trashCount', { count: trashed.length })}
          </button>
          {showTrash ? (
            <ul>
              {trashed.map((m) => (
                <li key={m.id} className="map-item map-item--trashed">
                  <span className="map-item-title" title={m.title}>
                    {m.title}
                  </span>
                  <span className="map-item-actions">
                    <button type="button" className="icon-button icon-button--small" onClick={() => void workspace.restoreMap(m.id)} aria-label={`${t('maps.restore')}: ${m.title}`} title={t('maps.restore')}>
                      <RotateCcw size={14} aria-hidden />
                    </button>
                    <button type="button" className="icon-button icon-button--small" onClick={() => void workspace.purgeMap(m.id)} aria-label={`${t('maps.purge')}: ${m.title}`} title={t('maps.purge')}>
                      <X size={14} aria-hidden />
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {choosing ? <TemplateChooser onClose={appStore.getState().closeDialog} /> : null}
    </nav>
  )
}
