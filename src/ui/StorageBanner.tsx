import { useTranslation } from 'react-i18next'
import { sendAppCommand } from '../platform/commands'
import { useAppStore } from '../store'
import { useWorkspace } from './WorkspaceContext'

/**
 * A failed save, or a database opened read-only, is said in words across the window, with a way
 * out: write the map to a file so the work exists somewhere even when the browser storage is full.
 */
export function StorageBanner() {
  const { t } = useTranslation()
  const workspace = useWorkspace()
  const status = useAppStore((s) => s.saveStatus)
  const error = useAppStore((s) => s.saveError)
  const hasMap = useAppStore((s) => s.doc !== null)
  if (status !== 'failed' && status !== 'readonly') return null

  const saveToFile = () => sendAppCommand('saveFileAs')
  return (
    <div className={`storage-banner storage-banner--${status}`} role={status === 'failed' ? 'alert' : 'status'}>
      <p>{status === 'failed' ? t('save.failedDetail', { message: error ?? '' }) : t('save.readonlyDetail')}</p>
      <div className="button-group">
        {status === 'failed' ? (
          <button type="button" className="button" onClick={() => void workspace.flush().catch(() => undefined)}>
            {t('save.retry')}
          </button>
        ) : null}
        {hasMap ? (
          <button type="button" className="button button--primary" onClick={saveToFile}>
            {t('save.toFile')}
          </button>
        ) : null}
      </div>
    </div>
  )
}
