import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppStore } from '../store'
import { useWorkspace } from './WorkspaceContext'

const INFO_MS = 8000

export function NoticeBar() {
  const { t } = useTranslation()
  const workspace = useWorkspace()
  const notice = useAppStore((s) => s.notice)
  const workshopId = useAppStore((s) => (s.screen.kind === 'workshop' ? s.screen.workshopId : null))
  const shownIn = useRef<{ readonly id: number; readonly workshopId: string | null } | null>(null)

  useEffect(() => {
    // A notice belongs to the workshop it was raised in ("Exported ….pdf"): another workshop's
    // screen does not carry it along. One raised just after the switch (a trashed workshop's undo) stays.
    if (!notice) {
      shownIn.current = null
      return
    }
    if (shownIn.current?.id !== notice.id) shownIn.current = { id: notice.id, workshopId }
    else if (shownIn.current.workshopId !== workshopId) workspace.dismissNotice()
  }, [notice, workshopId, workspace])

  useEffect(() => {
    // Errors stay until dismissed; an info notice (with its undo) fades after a while.
    if (!notice || notice.tone === 'error') return
    const timer = setTimeout(() => workspace.dismissNotice(), INFO_MS)
    return () => clearTimeout(timer)
  }, [notice, workspace])

  if (!notice) return null
  return (
    <div className={`notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <span>{t(notice.key, notice.values)}</span>
      {notice.undo ? (
        <button
          type="button"
          className="button button--ghost"
          onClick={() => {
            notice.undo?.()
            workspace.dismissNotice()
          }}
        >
          {t('notices.undo')}
        </button>
      ) : null}
      <button type="button" className="button button--ghost" onClick={() => workspace.dismissNotice()}>
        {t('notices.dismiss')}
      </button>
    </div>
  )
}
