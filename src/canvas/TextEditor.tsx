import { useLayoutEffect, useRef, useState } from 'react'
import { useStableTranslation } from '../i18n/stableTranslation'
import { useShallow } from 'zustand/react/shallow'
import type { CardId } from '../domain'
import { cardLayout, cellRect, gridLayout, slotRect, slotsInRow, type Rect } from '../domain/layout'
import { cardsInCell } from '../domain/cellStacks'
import { useAppStore, type AppState } from '../store'
import { ACCENT, CANVAS_FONT_FAMILY, CARD_FONT_SIZE, CARD_LINE_HEIGHT, CARD_RADIUS, CARD_TEXT_PADDING, cardColors, textDirection } from '../drawing/cardStyle'
import { useEditField } from './editField'
import { useFollowRect } from './followViewport'

export interface TextEditorProps {
  readonly cardId: CardId
  readonly onCommit: (text: string) => void
  readonly onCancel: () => void
}

/**
 * A DOM text box laid exactly over the card: the canvas cannot do input methods, spell checking or
 * screen readers. Enter commits, Shift+Enter breaks the line, Esc cancels, leaving commits.
 */
export function TextEditor({ cardId, onCommit, onCancel }: TextEditorProps) {
  const { t } = useStableTranslation()
  const card = useAppStore((s) => s.doc?.cards[cardId])
  const rect = useAppStore(useShallow((s) => editorRect(s, cardId)))
  // Only the zoom re-renders the box (its size and font); pans move it by style writes below.
  const zoom = useAppStore((s) => s.viewport.zoom)
  const mapDirection = useAppStore((s) => s.doc?.map.direction ?? 'ltr')
  const [text, setText] = useState(() => card?.text ?? '')
  const ref = useRef<HTMLTextAreaElement>(null)
  useFollowRect(ref, rect)
  const field = useEditField(ref, (commit) => (commit ? onCommit(text) : onCancel()), { multiline: true })

  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    // Grow with the text instead of scrolling inside a box the size of a sticky note.
    el.style.height = 'auto'
    el.style.height = `${Math.max(el.scrollHeight, (rect?.height ?? 0) * zoom)}px`
  }, [text, rect?.height, zoom])

  if (!card || !rect) return null

  const colors = cardColors(card)
  const { direction, align } = textDirection(text, mapDirection)
  return (
    <textarea
      ref={ref}
      aria-label={t('board.cardText')}
      value={text}
      dir={direction}
      spellCheck
      onChange={(e) => setText(e.target.value)}
      onKeyDown={field.onKeyDown}
      onBlur={() => field.finish(true)}
      style={{
        position: 'absolute',
        width: rect.width * zoom,
        minHeight: rect.height * zoom,
        margin: 0,
        padding: CARD_TEXT_PADDING * zoom,
        boxSizing: 'border-box',
        border: 'none',
        borderRadius: CARD_RADIUS * zoom,
        outline: `${Math.max(2, 3 * Math.min(1, zoom))}px solid ${ACCENT}`,
        background: colors.fill,
        color: colors.text,
        font: `${CARD_FONT_SIZE * zoom}px/${CARD_LINE_HEIGHT} ${CANVAS_FONT_FAMILY}`,
        textAlign: align,
        resize: 'none',
        overflow: 'hidden',
        zIndex: 2,
      }}
    />
  )
}

/**
 * The card's rect, or for a card hidden in a full cell, the place of the cell's last drawn card
 * (as tall as that card, which may have grown to its text), else the cell's last standard slot.
 */
function editorRect(s: AppState, cardId: CardId): Rect | undefined {
  if (!s.doc) return undefined
  const layout = cardLayout(s.doc)
  const drawn = layout.rects.get(cardId)
  if (drawn) return drawn
  const place = s.doc.cards[cardId]?.place
  if (!place || place.kind !== 'cell') return undefined
  const grid = gridLayout(s.doc)
  const cell = cellRect(grid, place.laneId, place.stepId, place.span)
  const row = grid.rowByLane.get(place.laneId)
  if (!cell || !row) return undefined
  const shown = cardsInCell(s.doc, place.laneId, place.stepId).flatMap((c) => layout.rects.get(c.id) ?? [])
  const last = shown[shown.length - 1]
  return last ? { ...slotRect(cell, 0), y: last.y, height: last.height } : slotRect(cell, Math.max(0, slotsInRow(row) - 1))
}
