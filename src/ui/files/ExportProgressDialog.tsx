import { useTranslation } from 'react-i18next'
import type { ExportProgress } from '../../io/export'
import { Dialog } from '../Dialog'

/** Shown while a picture export runs: how far it is, and Cancel (checked between tiles and pages). */
export function ExportProgressDialog({ progress, onCancel }: { progress: ExportProgress | null | 'starting'; onCancel: () => void }) {
  const { t } = useTranslation()
  const open = progress !== null
  const known = progress !== null && progress !== 'starting' && progress.total > 0 ? progress : null
  return (
    <Dialog
      open={open}
      title={t('export.progressTitle')}
      onClose={onCancel}
      actions={
        <button type="button" className="button" onClick={onCancel}>
          {t('export.cancel')}
        </button>
      }
    >
      <div className="form" data-testid="export-progress">
        <progress max={known?.total ?? 1} value={known ? known.done : undefined} style={{ width: '100%' }} />
        <p className="muted" aria-live="polite">
          {known ? t('export.progress', { done: known.done, total: known.total }) : t('export.preparing')}
        </p>
      </div>
    </Dialog>
  )
}
