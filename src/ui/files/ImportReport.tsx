import { useTranslation } from 'react-i18next'
import { Dialog } from '../Dialog'

export interface ImportReportData {
  readonly title: string
  /** Already translated sentences, one per repair or note. */
  readonly lines: readonly string[]
}

/** What an import changed, in plain words, so nothing is repaired behind the person's back. */
export function ImportReport({ report, onClose }: { report: ImportReportData | null; onClose: () => void }) {
  const { t } = useTranslation()
  const intro = t('import.reportIntro', { title: report?.title ?? '' })
  return (
    <Dialog
      open={report !== null}
      title={t('import.reportTitle')}
      onClose={onClose}
      actions={
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('import.ok')}
        </button>
      }
    >
      <p className="clamp-lines" title={intro}>
        {intro}
      </p>
      <ul className="import-report">
        {report?.lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </Dialog>
  )
}
