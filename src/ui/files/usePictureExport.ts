import { useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportProgress } from '../../io/export'
import { exportPicture, type VisualExportOptions } from './pictureExport'

/** One picture export at a time, with its progress for the dialog and a Cancel that stops it between tiles. */
export function usePictureExport() {
  const { t } = useTranslation()
  const [progress, setProgress] = useState<ExportProgress | 'starting' | null>(null)
  const running = useRef<AbortController | null>(null)
  const start = useCallback(
    (options: VisualExportOptions) => {
      if (running.current) return
      const controller = new AbortController()
      running.current = controller
      setProgress('starting')
      void exportPicture(t, options, (p) => setProgress(p), controller.signal).finally(() => {
        running.current = null
        setProgress(null)
      })
    },
    [t],
  )
  const cancel = useCallback(() => running.current?.abort(), [])
  return { progress, start, cancel }
}
