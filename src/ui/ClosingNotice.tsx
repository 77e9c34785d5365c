import { Loader } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import '../styles/closingNotice.css'

/** Shown while the window waits for the last save before closing (see createClosingFlush). */
export function ClosingNotice({ open }: { readonly open: boolean }) {
  const { t } = useTranslation()
  if (!open) return null
  return (
    <div className="closing-notice" role="status" aria-live="assertive" data-testid="closing-notice">
      <Loader size={18} aria-hidden />
      <span>{t('save.closing')}</span>
    </div>
  )
}
