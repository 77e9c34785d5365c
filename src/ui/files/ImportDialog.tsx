import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OpenedFile } from '../../../electron/shared/ipc'
import { platform } from '../../platform'
import { useAppStore } from '../../store'
import { Dialog } from '../Dialog'
import { useWorkspace } from '../WorkspaceContext'
import type { ImportPhase } from '../../io/importJob'
import { describeFileError, notice } from './fileActions'
import { ImportProgress } from './ImportProgress'
import { startImport, type ImportOutcome, type ImportRun, type ImportTarget } from './runImport'

interface ImportDialogProps {
  readonly open: boolean
  /** A file that arrived already (dropped, double-clicked, Open Recent): only the workshop is asked. */
  readonly preset: OpenedFile | null
  readonly onClose: () => void
  readonly onDone: (outcome: Extract<ImportOutcome, { kind: 'imported' }>) => void
}

/** Import a map into a workshop of the person's choice: from a file, a dropped file or pasted Mermaid text. */
export function ImportDialog({ open, preset, onClose, onDone }: ImportDialogProps) {
  const { t } = useTranslation()
  const workspace = useWorkspace()
  const workshops = useAppStore((s) => s.workshops)
  const current = useAppStore((s) => (s.screen.kind === 'workshop' ? s.screen.workshopId : null))
  const [target, setTarget] = useState<ImportTarget | null>(null)
  const [pasted, setPasted] = useState('')
  const [problem, setProblem] = useState<{ name: string; message: string } | null>(null)
  // The import under way: its file, the phase it is in and its Cancel.
  const [running, setRunning] = useState<{ name: string; phase: ImportPhase } | null>(null)
  const job = useRef<ImportRun | null>(null)
  const busy = running !== null
  const ids = { workshop: useId(), paste: useId() }
  const chosen: ImportTarget = target ?? current ?? workshops[0]?.id ?? 'new'

  // A dialog taken away mid-import (the host unmounting) must not leave its worker running.
  useEffect(
    () => () => {
      job.current?.cancel()
    },
    [],
  )

  const close = () => {
    setProblem(null)
    setPasted('')
    setTarget(null)
    onClose()
  }

  /** Cancel and Esc: stop a running read (nothing has been written yet) and close. The write itself is not interrupted. */
  const cancel = () => {
    if (job.current) {
      // The worker may have answered a moment ago and the write begun: then it finishes, and so does the dialog.
      if (!job.current.cancel()) return
      job.current = null
      setRunning(null)
      notice('import.cancelled', { name: running?.name ?? '' }, 'info')
    }
    close()
  }

  const run = async (file: { name: string; text: string; token?: string }) => {
    if (job.current) return
    setProblem(null)
    setRunning({ name: file.name, phase: 'reading' })
    const started = startImport(t, workspace, chosen, file, (phase) => setRunning((now) => (now && job.current === started ? { ...now, phase } : now)))
    job.current = started
    const outcome = await started.done
    // A cancelled run has already been let go of; its late answer changes nothing.
    if (job.current !== started) return
    job.current = null
    setRunning(null)
    if (outcome.kind === 'refused') setProblem({ name: file.name, message: outcome.message })
    else if (outcome.kind === 'failed') close()
    else if (outcome.kind === 'imported') {
      close()
      onDone(outcome)
    }
  }

  const choose = async () => {
    const picked = await platform.files.open('import')
    if (picked.kind === 'opened') await run(picked.file)
    else if (picked.kind === 'failed') setProblem({ name: picked.name, message: describeFileError(t, picked.error) })
  }

  return (
    <Dialog
      open={open}
      title={t('import.title')}
      onClose={cancel}
      actions={
        <button type="button" className="button" onClick={cancel} disabled={running?.phase === 'saving'}>
          {t('import.cancel')}
        </button>
      }
    >
      <div className="form">
        <div className="field">
          <label htmlFor={ids.workshop}>{t('import.workshop')}</label>
          <select id={ids.workshop} value={chosen} onChange={(e) => setTarget(e.target.value as ImportTarget)} disabled={busy}>
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
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void run(preset)}>
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
              <textarea id={ids.paste} rows={6} value={pasted} onChange={(e) => setPasted(e.target.value)} spellCheck={false} dir="auto" disabled={busy} />
            </div>
            <div>
              <button type="button" className="button" disabled={busy || pasted.trim() === ''} onClick={() => void run({ name: t('import.pastedName'), text: pasted })}>
                {t('import.importText')}
              </button>
            </div>
          </>
        )}
      </div>
      {running ? <ImportProgress name={running.name} phase={running.phase} /> : null}
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
