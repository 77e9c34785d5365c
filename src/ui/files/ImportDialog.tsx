import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OpenedFile } from '../../../electron/shared/ipc'
import { platform } from '../../platform'
import { useAppStore } from '../../store'
import { Dialog } from '../Dialog'
import { describeFileError } from './fileActions'
import type { ImportTarget } from './runImport'
import type { ImportFile } from './useImportRun'

export interface ImportProblem {
  readonly name: string
  readonly message: string
}

interface ImportDialogProps {
  readonly open: boolean
  /** A file that arrived already (dropped, double-clicked, Open Recent): only the workshop is asked. */
  readonly preset: OpenedFile | null
  /** The file of another import still running: one import runs at a time. */
  readonly busyWith: string | null
  /** Why the last file was not imported (or could not be read), shown until the next try. */
  readonly problem: ImportProblem | null
  readonly onProblem: (problem: ImportProblem | null) => void
  /** Starts the import; it runs in the import panel, and this dialog closes. */
  readonly onStart: (file: ImportFile, target: ImportTarget) => void
  readonly onClose: () => void
}

/** Import a map into a workshop of the person's choice: from a file, a dropped file or pasted Mermaid text. */
export function ImportDialog({ open, preset, busyWith, problem, onProblem, onStart, onClose }: ImportDialogProps) {
  const { t } = useTranslation()
  const workshops = useAppStore((s) => s.workshops)
  const current = useAppStore((s) => (s.screen.kind === 'workshop' ? s.screen.workshopId : null))
  const [target, setTarget] = useState<ImportTarget | null>(null)
  const [pasted, setPasted] = useState('')
  const busy = busyWith !== null
  const ids = { workshop: useId(), paste: useId() }
  const chosen: ImportTarget = target ?? current ?? workshops[0]?.id ?? 'new'

  const reset = () => {
    onProblem(null)
    setPasted('')
    setTarget(null)
  }

  const close = () => {
    reset()
    onClose()
  }

  // The pasted text and the workshop stay for a retry after a refusal; the host remounts the
  // dialog (a new key) once a file is imported.
  const run = (file: ImportFile) => {
    if (busy) return
    onProblem(null)
    onStart(file, chosen)
  }

  const choose = async () => {
    const picked = await platform.files.open('import')
    if (picked.kind === 'opened') run(picked.file)
    else if (picked.kind === 'failed') onProblem({ name: picked.name, message: describeFileError(t, picked.error) })
  }

  return (
    <Dialog
      open={open}
      title={t('import.title')}
      onClose={close}
      actions={
        <button type="button" className="button" onClick={close}>
          {t('import.cancel')}
        </button>
      }
    >
      <div className="form">
        {busyWith !== null ? (
          <p className="muted clamp-lines" role="status">
            {t('import.busy', { name: busyWith })}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor={ids.workshop}>{t('import.workshop')}</label>
          <select id={ids.workshop} value={chosen} onChange={(e) => setTarget(e.target.value as ImportTarget)}>
            {workshops.map((w) => (
              <option key={w.id} value={w.id}>
                {w.title || t('workshops.untitled')}
              </option>
            ))}
            <option value="new">{t('import.newWorkshop')}</option>
          </select>
        </div>
        {preset ? (
          <div className="button-group">
            <span>{t('import.fileChosen', { name: preset.name })}</span>
            <button type="button" className="button button--primary" disabled={busy} onClick={() => run(preset)}>
              {t('import.button')}
            </button>
          </div>
        ) : (
          <>
            <p className="muted">{t('import.fileHint')}</p>
            <div>
              <button type="button" className="button button--primary" disabled={busy} onClick={() => void choose()}>
                {t('import.chooseFile')}
              </button>
            </div>
            <div className="field">
              <label htmlFor={ids.paste}>{t('import.pasteLabel')}</label>
              <textarea id={ids.paste} rows={6} value={pasted} onChange={(e) => setPasted(e.target.value)} spellCheck={false} dir="auto" />
            </div>
            <div>
              <button type="button" className="button" disabled={busy || pasted.trim() === ''} onClick={() => run({ name: t('import.pastedName'), text: pasted })}>
                {t('import.importText')}
              </button>
            </div>
          </>
        )}
      </div>
      {problem ? (
        <div role="alert" className="import-problem">
          <p>
            <strong>{t('import.failed', { name: problem.name })}</strong>
          </p>
          <p>{problem.message}</p>
        </div>
      ) : null}
    </Dialog>
  )
}
