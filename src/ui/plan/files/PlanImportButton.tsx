import { Upload } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppStore } from '../../../store'
import { addImportedActions, pickPlanCsv, type PlanImportView } from './planImport'
import { PlanImportDialog } from './PlanImportDialog'

/**
 * The plan header's Import button: a CSV of actions in the exported layout (any of the four
 * languages), checked and reported before one undoable command adds it to the open map.
 */
export function PlanImportButton() {
  const { t } = useTranslation()
  const editable = useAppStore((s) => s.doc !== null && !s.viewOnly)
  const [view, setView] = useState<PlanImportView | null>(null)
  // Each file gets a fresh report (its own choices), even when two in a row look alike.
  const [round, setRound] = useState(0)
  const [busy, setBusy] = useState(false)
  if (!editable) return null

  const choose = async () => {
    if (busy) return
    setBusy(true)
    setView(null)
    try {
      const next = await pickPlanCsv(t)
      setRound((r) => r + 1)
      setView(next)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <button type="button" className="button" onClick={() => void choose()} disabled={busy} aria-haspopup="dialog">
        <Upload size={16} aria-hidden /> {t('plan.import.button')}
      </button>
      <PlanImportDialog
        key={round}
        view={view}
        onClose={() => setView(null)}
        onChooseAnother={() => void choose()}
        onConfirm={(actions) => {
          setView(null)
          addImportedActions(actions)
        }}
      />
    </>
  )
}
