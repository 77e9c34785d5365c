import { FileJson, Sheet } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import type { VisualExportKind } from '../../../electron/shared/ipc'
import { Dialog } from '../Dialog'
import { exportOpenMap } from './fileActions'
import type { VisualExportOptions } from './pictureExport'
import { PictureExportForm } from './PictureExportForm'

/** The export choices for the open map: the data files at once, pictures with their options. */
export function ExportDialog({ open, onClose, pictureKind = 'png', onPicture }: { open: boolean; onClose: () => void; pictureKind?: VisualExportKind; onPicture: (options: VisualExportOptions) => void }) {
  const { t } = useTranslation()
  const run = (kind: 'journey' | 'csv') => {
    onClose()
    void exportOpenMap(t, kind)
  }
  return (
    <Dialog
      open={open}
      title={t('export.title')}
      onClose={onClose}
      actions={
        <button type="button" className="button" onClick={onClose}>
          {t('export.close')}
        </button>
      }
    >
      <ul className="export-choices">
        <li>
          <button type="button" className="button" onClick={() => run('journey')}>
            <FileJson size={16} aria-hidden /> {t('export.json')}
          </button>
          <p className="muted">{t('export.jsonHint')}</p>
        </li>
        <li>
          <button type="button" className="button" onClick={() => run('csv')}>
            <Sheet size={16} aria-hidden /> {t('export.csv')}
          </button>
          <p className="muted">{t('export.csvHint')}</p>
        </li>
      </ul>
      <PictureExportForm
        key={pictureKind}
        initialKind={pictureKind}
        onRun={(options) => {
          onClose()
          onPicture(options)
        }}
      />
    </Dialog>
  )
}
