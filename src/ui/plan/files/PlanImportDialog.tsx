import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Action } from '../../../domain'
import { Dialog } from '../../Dialog'
import type { PlanImportView } from './planImport'

/** Problems listed at most: a file with thousands of bad dates says the rest as a count. */
const SHOWN_PROBLEMS = 100

interface PlanImportDialogProps {
  readonly view: PlanImportView | null
  readonly onClose: () => void
  readonly onChooseAnother: () => void
  readonly onConfirm: (actions: readonly Action[]) => void
}

/**
 * What a plan CSV would add, before anything changes: how many actions, what the importer had to
 * change row by row, and the actions this plan already has (a re-import of its own export), which
 * are skipped unless the person wants copies. A file that cannot be read says why and adds nothing.
 */
export function PlanImportDialog({ view, onClose, onChooseAnother, onConfirm }: PlanImportDialogProps) {
  const { t } = useTranslation()
  const [keepExisting, setKeepExisting] = useState(false)
  const ready = view?.kind === 'ready' ? view : null
  const adding = ready ? ready.actions.filter((a) => keepExisting || !ready.existing.has(a)) : []
  const close = (
    <button type="button" className="button" onClick={onClose}>
      {view?.kind === 'failed' ? t('plan.import.close') : t('plan.import.cancel')}
    </button>
  )
  const another = (
    <button type="button" className="button" onClick={onChooseAnother}>
      {t('plan.import.chooseAnother')}
    </button>
  )
  return (
    <Dialog
      open={view !== null}
      title={t('plan.import.title')}
      onClose={onClose}
      actions={
        ready && ready.actions.length > 0 ? (
          <>
            {close}
            <button type="button" className="button button--primary" disabled={adding.length === 0 || ready.room === 0} onClick={() => onConfirm(adding)}>
              {t('plan.import.confirm', { count: Math.min(adding.length, ready.room) })}
            </button>
          </>
        ) : (
          <>
            {another}
            {close}
          </>
        )
      }
    >
      <div data-testid="plan-import">
        {view?.kind === 'failed' && (
          <div role="alert" className="import-problem">
            <p className="clamp-lines" title={view.name}>
              <strong>{t('plan.import.failed', { name: view.name })}</strong>
            </p>
            <p>{view.message}</p>
            <p className="muted">{t('plan.import.nothingChanged')}</p>
          </div>
        )}
        {ready && ready.actions.length === 0 && <p>{t('plan.import.empty', { name: ready.name })}</p>}
        {ready && ready.actions.length > 0 && (
          <>
            <p className="clamp-lines" title={ready.name}>
              {t('plan.import.ready', { count: ready.actions.length, name: ready.name })}
            </p>
            {ready.existing.size > 0 && (
              <label style={{ display: 'block' }}>
                <input type="checkbox" checked={keepExisting} onChange={(e) => setKeepExisting(e.target.checked)} /> {t('plan.import.keepExisting', { count: ready.existing.size })}
              </label>
            )}
            {adding.length > ready.room && <p className="field-error">{t('plan.import.limit', { count: ready.room })}</p>}
            {ready.problems.length === 0 ? (
              <p className="muted">{t('plan.import.noProblems')}</p>
            ) : (
              <>
                <p>{t('plan.import.problems', { count: ready.problems.length })}</p>
                <ul className="import-report">
                  {ready.problems.slice(0, SHOWN_PROBLEMS).map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                  {ready.problems.length > SHOWN_PROBLEMS && <li className="muted">{t('plan.import.moreProblems', { count: ready.problems.length - SHOWN_PROBLEMS })}</li>}
                </ul>
              </>
            )}
          </>
        )}
      </div>
    </Dialog>
  )
}
