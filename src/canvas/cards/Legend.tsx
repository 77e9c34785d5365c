import { ChevronLeft, ChevronRight } from 'lucide-react'
import { useState } from 'react'
import { useStableTranslation } from '../../i18n/stableTranslation'
import { SENTIMENTS } from '../../domain'
import { cardColors } from '../../drawing/cardStyle'
import './legend.css'

const COLLAPSED_KEY = 'journeyboard.legendCollapsed'

function readCollapsed(): boolean {
  try {
    return localStorage.getItem(COLLAPSED_KEY) === '1'
  } catch {
    return false
  }
}

/**
 * What the card colours mean, as one compact row in the strip above the board (not floating on
 * it, where it covered lane titles and the emotion lane's own legend), so the room reads red as
 * friction rather than guessing. It stays collapsed once a facilitator collapses it.
 */
export function Legend() {
  const { t } = useStableTranslation()
  const [collapsed, setCollapsed] = useState(readCollapsed)
  const toggle = () => {
    const next = !collapsed
    setCollapsed(next)
    try {
      localStorage.setItem(COLLAPSED_KEY, next ? '1' : '0')
    } catch {
      // Storage may be unavailable (private window); the legend still works for this session.
    }
  }
  return (
    <section
      className="board-legend"
      aria-label={t('board.cards.legend.title')}
      data-collapsed={collapsed}
    >
      <button type="button" className="board-legend-toggle" aria-expanded={!collapsed} aria-label={t(collapsed ? 'board.cards.legend.show' : 'board.cards.legend.hide')} onClick={toggle}>
        <span>{t('board.cards.legend.title')}</span>
        {/* Points the way the row opens: toward the swatches at the inline end. */}
        {collapsed ? <ChevronRight size={14} className="flip-rtl" aria-hidden /> : <ChevronLeft size={14} className="flip-rtl" aria-hidden />}
      </button>
      {!collapsed && (
        <ul>
          {SENTIMENTS.map((s) => {
            const colors = cardColors({ sentiment: s, color: null })
            return (
              <li key={s} title={t(`board.cards.sentimentHints.${s}`)}>
                <span className="board-legend-chip" style={{ background: colors.fill, borderColor: colors.edge }} aria-hidden />
                {t(`board.cards.sentiments.${s}`)}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
