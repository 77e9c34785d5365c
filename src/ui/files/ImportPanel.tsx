import { useId, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { OneLine } from '../OneLine'
import { ImportProgress } from './ImportProgress'
import type { ImportPanelView } from './useImportRun'
import '../../styles/importPanel.css'

interface ImportPanelProps {
  readonly view: ImportPanelView
  readonly panel: RefObject<HTMLElement | null>
  readonly onCancel: () => void
  readonly onOpen: () => void
  readonly onShowChanges: () => void
  readonly onChooseAnother: () => void
  readonly onDismiss: () => void
}

/**
 * A running import as a small card in a corner, not a modal: the board and everything else stay
 * usable while the worker reads the file. When the person went on working meanwhile, the card
 * stays to say how the import ended and offers the new map instead of opening it over their work.
 */
export function ImportPanel({ view, panel, onCancel, onOpen, onShowChanges, onChooseAnother, onDismiss }: ImportPanelProps) {
  const { t } = useTranslation()
  const titleId = useId()
  return (
    <section ref={panel} className="import-panel" role="dialog" aria-modal="false" aria-labelledby={titleId} data-testid="import-panel">
      <h2 id={titleId} className="import-panel-title">
        {t('import.title')}
      </h2>
      <OneLine text={view.name} className="import-panel-file" />
      {view.kind === 'running' ? (
        <>
          <ImportProgress name={view.name} phase={view.phase} />
          <div className="import-panel-actions">
            {/* During the write Cancel rolls the one transaction back: it takes a moment, and says so. */}
            <button type="button" className="button" onClick={onCancel} disabled={view.cancelling === true}>
              {view.cancelling ? t('import.cancelling') : t('import.cancel')}
            </button>
          </div>
        </>
      ) : view.kind === 'imported' ? (
        <>
          <p className="clamp-lines" role="status" title={view.title}>
            {t('import.ready', { title: view.title })}
          </p>
          <div className="import-panel-actions">
            <button type="button" className="button button--primary" onClick={onOpen}>
              {t('import.openMap')}
            </button>
            {view.report ? (
              <button type="button" className="button" onClick={onShowChanges}>
                {t('import.showChanges')}
              </button>
            ) : null}
            <button type="button" className="button button--ghost" onClick={onDismiss}>
              {t('import.close')}
            </button>
          </div>
        </>
      ) : (
        <>
          <div role="alert" className="import-problem">
            <p>
              <strong>{t('import.failed', { name: view.name })}</strong>
            </p>
            <p>{view.message}</p>
          </div>
          <div className="import-panel-actions">
            <button type="button" className="button" onClick={onChooseAnother}>
              {t('import.chooseAnother')}
            </button>
            <button type="button" className="button button--ghost" onClick={onDismiss}>
              {t('import.close')}
            </button>
          </div>
        </>
      )}
    </section>
  )
}
