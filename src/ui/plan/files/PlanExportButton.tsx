import { Download } from 'lucide-react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { actionsOf, filterActions, isFilterEmpty } from '../../../domain'
import type { ExportProgress } from '../../../io/export'
import { appStore, useAppStore } from '../../../store'
import { ExportProgressDialog } from '../../files/ExportProgressDialog'
import { exportPlanPicture, exportPlanText, isPictureKind, type PlanExportOptions } from './planExport'
import { PlanExportDialog } from './PlanExportDialog'

/**
 * The plan header's Export button: CSV, a Markdown checklist, or the matrix as PNG, SVG or PDF,
 * with a progress dialog (and Cancel) while a PNG or PDF is drawn.
 */
export function PlanExportButton() {
  const { t, i18n } = useTranslation()
  const hasDoc = useAppStore((s) => s.doc !== null)
  const total = useAppStore((s) => (s.doc ? Object.keys(s.doc.actions).length : 0))
  const filter = useAppStore((s) => s.plan.filter)
  const shown = useAppStore((s) => (s.doc && !isFilterEmpty(s.plan.filter) ? filterActions(s.doc, Object.values(s.doc.actions), s.plan.filter).length : null))
  const [open, setOpen] = useState(false)
  const [progress, setProgress] = useState<ExportProgress | 'starting' | null>(null)
  const running = useRef<AbortController | null>(null)
  if (!hasDoc) return null

  const run = (options: PlanExportOptions, onlyShown: boolean) => {
    setOpen(false)
    const doc = appStore.getState().doc
    if (!doc) return
    const all = actionsOf(doc)
    const actions = onlyShown ? filterActions(doc, all, filter) : all
    if (!isPictureKind(options.kind)) {
      void exportPlanText(t, i18n.language, doc, actions, options.kind === 'md' ? 'md' : 'csv')
      return
    }
    if (running.current) return
    const controller = new AbortController()
    running.current = controller
    // SVG is one string at once: nothing to follow, so no progress dialog flashes up.
    const follow = options.kind !== 'svg'
    if (follow) setProgress('starting')
    void exportPlanPicture(t, i18n.language, doc, actions, { ...options, kind: options.kind }, (p) => follow && setProgress(p), controller.signal).finally(() => {
      running.current = null
      setProgress(null)
    })
  }

  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        <Download size={16} aria-hidden /> {t('plan.export.button')}
      </button>
      <PlanExportDialog open={open} total={total} shown={shown} onClose={() => setOpen(false)} onRun={run} />
      <ExportProgressDialog progress={progress} onCancel={() => running.current?.abort()} />
    </>
  )
}
