import { FileJson, Sheet } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import type { VisualExportKind } from '../../../electron/shared/ipc'
import { Dialog } from '../Dialog'
import './exportDialog.css'
import { exportOpenMap } from './fileActions'
import type { VisualExportOptions } from './pictureExport'
import { PictureExportForm } from './PictureExportForm'

/** The export choices for the open map: pictures with a live preview and their options, the data files at once. */
export function ExportDialog({ open, onClose, pictureKind = 'png', onPicture }: { open: boolean; onClose: () => void; pictureKind?: VisualExportKind; onPicture: (options: VisualExportOptions) => void }) {
  const { t } = useTranslation()
  const run = (kind: 'journey' | 'csv') => {
    onClose()
    void exportOpenMap(t, kind)
  }
  const data = (
    <section className="export-data" aria-labelledby="export-data-title">
      <h3 id="export-data-title" className="export-section-title">
        {t('export.dataFiles')}
      </h3>
      {(
        [
          ['journey', FileJson, 'export.json', 'export.jsonHint'],
          ['csv', Sheet, 'export.csv', 'export.csvHint'],
        ] as const
      ).map(([kind, Icon, label, hint]) => (
        <div key={kind} className="export-data-choice">
          <button type="button" className="button" onClick={() => run(kind)}>
            <Icon size={16} aria-hidden /> {t(label)}
          </button>
          <p className="muted">{t(hint)}</p>
        </div>
      ))}
    </section>
  )
  return (
    <Dialog open={open} title={t('export.title')} onClose={onClose}>
      <PictureExportForm
        key={pictureKind}
        initialKind={pictureKind}
        onClose={onClose}
        aside={data}
        onRun={(options) => {
          onClose()
          onPicture(options)
        }}
      />
    </Dialog>
  )
}
