import { AlertTriangle, Check, Loader, Lock, Pencil } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useAppStore } from '../store'

const ICONS = { saved: Check, saving: Loader, unsaved: Pencil, failed: AlertTriangle, readonly: Lock } as const

/** Whether the work is safe, always in view: a failed save is never silent. */
export function SaveStatusBadge() {
  const { t } = useTranslation()
  const status = useAppStore((s) => s.saveStatus)
  const error = useAppStore((s) => s.saveError)
  const hasMap = useAppStore((s) => s.doc !== null)
  if (!hasMap && status !== 'readonly') return null
  const Icon = ICONS[status]
  const detail = status === 'failed' ? t('save.failedDetail', { message: error ?? '' }) : status === 'readonly' ? t('save.readonlyDetail') : undefined
  return (
    <div className={`save-status save-status--${status}`} role="status" aria-live="polite" title={detail} data-testid="save-status">
      <Icon size={16} aria-hidden />
      <span>{t(`save.${status}`)}</span>
    </div>
  )
}
