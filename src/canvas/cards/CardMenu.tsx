import { useEffect, useRef } from 'react'
import { useStableTranslation } from '../../i18n/stableTranslation'
import { SENTIMENTS, type Sentiment } from '../../domain'
import { cardColors } from '../../drawing/cardStyle'
import { SENTIMENT_KEYS } from '../../editor/keymap'
import { useAppStore } from '../../store'
import './cardMenu.css'

export interface CardMenuProps {
  /** Where the right click was, in the board's screen pixels. */
  readonly at: { readonly x: number; readonly y: number }
  /** The board's size: the menu opens towards the room there is. */
  readonly width: number
  readonly height: number
  readonly onChoose: (sentiment: Sentiment) => void
  readonly onClose: () => void
}

const MENU_WIDTH = 240
const MENU_HEIGHT = 190

/**
 * A card's context menu: the sentiments, each with the key that sets it from the keyboard, the
 * selection's own one ticked. Arrows move between them, Enter picks, Esc or a press elsewhere closes.
 */
export function CardMenu({ at, width, height, onChoose, onClose }: CardMenuProps) {
  const { t } = useStableTranslation()
  const menu = useRef<HTMLDivElement>(null)
  const current = useAppStore((s) => {
    const sentiments = new Set(s.selection.map((id) => s.doc?.cards[id]?.sentiment))
    return sentiments.size === 1 ? ([...sentiments][0] ?? null) : null
  })

  useEffect(() => {
    const items = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitemradio"]') ?? [])]
    ;(items().find((b) => b.getAttribute('aria-checked') === 'true') ?? items()[0])?.focus()
    const onKey = (e: KeyboardEvent) => {
      // The menu has the keyboard while open: the board's keys (Enter edits, Delete deletes) wait.
      e.stopPropagation()
      if (e.key === 'Escape') {
        e.preventDefault()
        onClose()
        return
      }
      const chosen = SENTIMENTS.find((s) => e.code === `Digit${SENTIMENT_KEYS[s]}` && !e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey)
      if (chosen) {
        e.preventDefault()
        onChoose(chosen)
        return
      }
      if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return
      e.preventDefault()
      const list = items()
      const i = list.indexOf(document.activeElement as HTMLButtonElement)
      list[(i + (e.key === 'ArrowDown' ? 1 : list.length - 1)) % list.length]?.focus()
    }
    const onPress = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node)) onClose()
    }
    const el = menu.current
    el?.addEventListener('keydown', onKey)
    document.addEventListener('pointerdown', onPress, true)
    return () => {
      el?.removeEventListener('keydown', onKey)
      document.removeEventListener('pointerdown', onPress, true)
    }
  }, [onClose, onChoose])

  const left = Math.max(0, Math.min(at.x, width - MENU_WIDTH))
  const top = Math.max(0, Math.min(at.y, height - MENU_HEIGHT))
  return (
    <div ref={menu} className="card-menu" role="menu" aria-label={t('board.inspector.sentiment')} style={{ left, top }}
      // A press in the menu is the menu's: the board under it would take it for a press on the canvas.
      onPointerDown={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
      onContextMenu={(e) => e.preventDefault()}
    >
      <div className="card-menu__title" aria-hidden>
        {t('board.inspector.sentiment')}
      </div>
      {SENTIMENTS.map((s) => {
        const colors = cardColors({ sentiment: s, color: null })
        return (
          <button key={s} type="button" role="menuitemradio" aria-checked={current === s} className="card-menu__item" title={t(`board.cards.sentimentHints.${s}`)} onClick={() => onChoose(s)}>
            <span className="sentiment-dot" style={{ background: colors.fill, borderColor: colors.edge }} aria-hidden />
            <span className="card-menu__label">{t(`board.cards.sentiments.${s}`)}</span>
            <kbd aria-hidden>{SENTIMENT_KEYS[s]}</kbd>
          </button>
        )
      })}
    </div>
  )
}
