import { useTranslation } from 'react-i18next'
import { useWorkspace } from './WorkspaceContext'

/** Shown when the database cannot open: never a blank window, and nothing is touched. */
export function RecoveryScreen({ message }: { message: string }) {
  const { t } = useTranslation()
  const workspace = useWorkspace()
  return (
    <main className="recovery" role="alert">
      <h1>{t('errors.dbFailedTitle')}</h1>
      <p>{t('errors.dbFailedBody', { message })}</p>
      <button type="button" className="button button--primary" onClick={() => void workspace.init()}>
        {t('errors.retry')}
      </button>
    </main>
  )
}
