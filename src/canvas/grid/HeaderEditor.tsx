import { useLayoutEffect, useRef, useState } from 'react'
import { useStableTranslation } from '../../i18n/stableTranslation'
import { useShallow } from 'zustand/react/shallow'
import { gridLayout, type Rect } from '../../domain/layout'
import { headerRect, type HeaderTarget } from '../../domain/layoutGrid'
import { laneTitleSpan } from '../../drawing/laneTitle'
import { useAppStore, type AppState } from '../../store'
import { CANVAS_FONT_FAMILY, textDirection } from '../../drawing/cardStyle'
import { useEditField } from '../editField'
import { headerTitle } from '../../domain/gridCommands'
import { GRID_TITLE_SIZE } from '../../drawing/gridStyle'
import { headerFit } from './gridShapes'
import { useFollowHeader } from './useFollowHeader'

const LANE_TITLE_LINE = { top: 6, height: 34 }

export interface HeaderEditorProps {
  readonly target: HeaderTarget
  /** Board size on screen: the field goes where the header shows, pinned to an edge too. */
  readonly width: number
  readonly height: number
  /** `title` null: cancelled. */
  readonly onDone: (title: string | null) => void
}

/**
 * A DOM text box laid over a stage, step or lane title, like the card text box: Enter or leaving
 * commits, Esc cancels. All of the typing becomes one rename command. A text area, so that a long
 * title wraps as the header draws it instead of scrolling out of sight on one line.
 */
export function HeaderEditor({ target, width, height, onDone }: HeaderEditorProps) {
  const { t } = useStableTranslation()
  const initial = useAppStore((s) => (s.doc ? headerTitle(s.doc, target) : null))
  const rect = useAppStore(useShallow((s) => editorRect(s, target)))
  const header = useAppStore(useShallow((s) => (s.doc ? headerRect(gridLayout(s.doc), target) : null)))
  // Only the zoom re-renders the field (its size); pans move it by style writes below.
  const zoom = useAppStore((s) => s.viewport.zoom)
  const mapDirection = useAppStore((s) => s.doc?.map.direction ?? 'ltr')
  const [text, setText] = useState(initial ?? '')
  const ref = useRef<HTMLTextAreaElement>(null)
  useFollowHeader(ref, target, width, height, rect && header ? { x: rect.x - header.x, y: rect.y - header.y } : undefined)
  const { doneRef, finish, onKeyDown } = useEditField(ref, (commit) => onDone(commit ? text : null))

  // The header went away under the editor (an undo, a delete elsewhere): nothing left to rename.
  useLayoutEffect(() => {
    if ((initial === null || !rect) && !doneRef.current) {
      doneRef.current = true
      onDone(null)
    }
  }, [initial, rect, onDone, doneRef])

  const boxHeight = rect ? Math.max(28, rect.height * zoom) : 0
  // A title wraps on the board, so it wraps here too, centred in the header as it is drawn there,
  // and the field grows when it wraps to more lines than the header holds (a lane's title line).
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    el.style.paddingBlock = '0px'
    el.style.height = '0px'
    const content = el.scrollHeight
    const height = Math.max(boxHeight, content)
    el.style.height = `${height}px`
    el.style.paddingBlock = `${Math.max(0, (height - content) / 2)}px`
  }, [text, boxHeight, zoom])

  if (initial === null || !rect) return null

  const { direction, align } = textDirection(text, mapDirection)
  // A long stage or step title is drawn smaller to show whole (headerTitle.ts): the field takes the
  // size the text in it will be drawn at, so it does not jump when editing starts and shrinks as
  // the person types past what the header holds at full size; zoomed out, at the size kept readable there.
  const size = target.kind === 'lane' ? GRID_TITLE_SIZE.lane : headerFit(target.kind, text || t(target.kind === 'stage' ? 'board.untitledStage' : 'board.untitledStep'), rect.width, zoom).size
  const fontSize = Math.max(11, size * zoom)
  return (
    <textarea
      ref={ref}
      data-grid-ui=""
      aria-label={t(`board.grid.renameLabel.${target.kind}`)}
      value={text}
      dir={direction}
      maxLength={200}
      rows={1}
      spellCheck
      // A title is one line of words: Enter renames (useEditField), and a pasted line break becomes a space.
      onChange={(e) => setText(e.target.value.replace(/\s*[\r\n]+\s*/g, ' '))}
      onKeyDown={onKeyDown}
      onBlur={() => finish(true)}
      onPointerDown={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
      className="grid-header-editor"
      style={{
        width: Math.max(140, rect.width * zoom),
        paddingInline: Math.max(6, 12 * zoom),
        font: `600 ${fontSize}px/1.4 ${CANVAS_FONT_FAMILY}`,
        textAlign: align,
      }}
    />
  )
}

/** Where the field goes: the whole header for stages and steps, the title line of a lane. */
function editorRect(s: AppState, target: HeaderTarget): Rect | null {
  if (!s.doc) return null
  const grid = gridLayout(s.doc)
  const rect = headerRect(grid, target)
  if (!rect || target.kind !== 'lane') return rect
  const row = grid.rowByLane.get(target.id)
  if (!row) return rect
  // Where the title text itself goes: after the collapse chevron, clear of an emotion lane's faces.
  const span = laneTitleSpan(grid, !row.collapsed && s.doc.lanes[target.id]?.kind === 'emotions')
  const line = row.collapsed ? { top: 0, height: row.height } : LANE_TITLE_LINE
  return { x: span.x, y: rect.y + line.top, width: span.width, height: line.height }
}
