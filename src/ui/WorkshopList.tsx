import { Copy, FolderOpen, Pencil, RotateCcw, Trash2, X } from 'lucide-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { withoutIsolation } from '../i18n/isolated'
import { appStore, useAppStore } from '../store'
import { closeOwnDialog } from './closeOwnDialog'
import { openImportDialog, RecentFiles } from './files'
import { formatDate } from './format'
import { SampleOffer } from './templates/SampleOffer'
import { WorkshopDialog, type WorkshopFields } from './WorkshopDialog'
import { useWorkspace } from './WorkspaceContext'
import { OneLine } from './OneLine'

export function WorkshopList() {
  const { t, i18n } = useTranslation()
  const workspace = useWorkspace()
  const workshops = useAppStore((s) => s.workshops)
  const trashed = useAppStore((s) => s.trashedWorkshops)
  const mapCounts = useAppStore((s) => s.mapCounts)
  // The workshop dialog is session state: the menu and Ctrl+Shift+N open it from anywhere.
  const dialog = useAppStore((s) => s.dialog)
  const { openDialog, closeDialog } = appStore.getState()
  useEffect(() => () => closeOwnDialog('newWorkshop', 'editWorkshop'), [])
  const [showTrash, setShowTrash] = useState(false)

  const submit = async (fields: WorkshopFields) => {
    if (dialog?.kind === 'editWorkshop') await workspace.updateWorkshop(dialog.workshop.id, fields)
    else {
      const created = await workspace.createWorkshop(fields)
      await workspace.openWorkshop(created.id)
    }
    closeDialog()
  }

  const list = showTrash ? trashed : workshops
  return (
    <section className="page" aria-labelledby="workshops-heading">
      <header className="page-header">
        <div>
          <h1 id="workshops-heading">{showTrash ? t('workshops.trashTitle') : t('workshops.title')}</h1>
          <p className="muted">{t('workshops.subtitle')}</p>
        </div>
        <div className="button-group">
          {showTrash || trashed.length > 0 ? (
            <button type="button" className="button" onClick={() => setShowTrash((v) => !v)}>
              {showTrash ? t('workshops.showLive') : t('workshops.showTrash', { count: trashed.length })}
            </button>
          ) : null}
          {showTrash ? null : (
            <button type="button" className="button" onClick={openImportDialog}>
              {t('import.button')}
            </button>
          )}
          {showTrash ? null : (
            <button type="button" className="button button--primary" onClick={() => openDialog({ kind: 'newWorkshop' })}>
              {t('workshops.new')}
            </button>
          )}
        </div>
      </header>
      {showTrash ? null : <RecentFiles />}

      {list.length === 0 ? (
        <>
          <p className="empty">{showTrash ? t('workshops.emptyTrash') : t('workshops.empty')}</p>
          {!showTrash && trashed.length === 0 ? <SampleOffer /> : null}
        </>
      ) : (
        <ul className="workshop-grid" aria-label={showTrash ? t('workshops.trashTitle') : t('workshops.title')}>
          {list.map((w) => {
            const title = w.title || t('workshops.untitled')
            return (
              <li key={w.id} className="workshop-card">
                <h2 className="workshop-card-title">
                  {showTrash ? (
                    <OneLine text={title} />
                  ) : (
                    <button type="button" className="link-button" onClick={() => void workspace.openWorkshop(w.id)}>
                      <OneLine text={title} />
                    </button>
                  )}
                </h2>
                <p className="muted">{w.date ? formatDate(w.date, i18n.language) : t('workshops.noDate')}</p>
                {w.facilitator ? <OneLine text={t('workshops.facilitatedBy', { name: w.facilitator })} /> : null}
                {w.notes ? <p className="workshop-card-notes">{w.notes}</p> : null}
                <p className="muted">{t('workshops.mapCount', { count: mapCounts[w.id] ?? 0 })}</p>
                <div className="workshop-card-actions" role="group" aria-label={t('workshops.actions', { title })}>
                  {showTrash ? (
                    <>
                      <button type="button" className="button" onClick={() => void workspace.restoreWorkshop(w.id)}>
                        <RotateCcw size={16} aria-hidden /> {t('workshops.restore')}
                      </button>
                      <button
                        type="button"
                        className="button button--danger"
                        onClick={() => {
                          if (window.confirm(t('workshops.purgeConfirm', { title }))) void workspace.purgeWorkshop(w.id)
                        }}
                      >
                        <X size={16} aria-hidden /> {t('workshops.purge')}
                      </button>
                    </>
                  ) : (
                    <>
                      <button type="button" className="button" onClick={() => void workspace.openWorkshop(w.id)}>
                        <FolderOpen size={16} aria-hidden /> {t('workshops.open')}
                      </button>
                      <button type="button" className="icon-button" onClick={() => openDialog({ kind: 'editWorkshop', workshop: w })} aria-label={t('workshops.edit')} title={t('workshops.edit')}>
                        <Pencil size={16} aria-hidden />
                      </button>
                      <button
                        type="button"
                        className="icon-button"
                        onClick={() => void workspace.duplicateWorkshop(w.id, withoutIsolation(t)('workshops.copyTitle', { title }))}
                        aria-label={t('workshops.duplicate')}
                        title={t('workshops.duplicate')}
                      >
                        <Copy size={16} aria-hidden />
                      </button>
                      <button type="button" className="icon-button" onClick={() => void workspace.trashWorkshop(w.id)} aria-label={t('workshops.delete')} title={t('workshops.delete')}>
                        <Trash2 size={16} aria-hidden />
                      </button>
                    </>
                  )}
                </div>
              </li>
            )
          })}
        </ul>
      )}
      {dialog?.kind === 'newWorkshop' || dialog?.kind === 'editWorkshop' ? (
        <WorkshopDialog initial={dialog.kind === 'editWorkshop' ? dialog.workshop : null} onSubmit={(f) => void submit(f)} onClose={closeDialog} />
      ) : null}
    </section>
  )
}
