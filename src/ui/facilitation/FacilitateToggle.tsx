import { Presentation } from 'lucide-react'
import { useTranslation } from 'react-i18next'

/** The board bar's button for the facilitation side; icon-sized so the bar keeps to one line. */
export function FacilitateToggle({ pressed, onToggle }: { pressed: boolean; onToggle: () => void }) {
  const { t } = useTranslation()
  return (
    <button
      type="button"
      className={`button button--small${pressed ? ' button--pressed' : ''}`}
      aria-pressed={pressed}
      onClick={onToggle}
      aria-label={t('facilitation.toggle')}
      title={t('facilitation.toggle')}
      data-testid="facilitate-toggle"
    >
      <Presentation size={14} aria-hidden />
    </button>
  )
}
