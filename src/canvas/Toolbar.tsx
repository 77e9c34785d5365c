import {
  AlignCenterHorizontal,
  AlignCenterVertical,
  AlignEndHorizontal,
  AlignEndVertical,
  AlignHorizontalDistributeCenter,
  AlignStartHorizontal,
  AlignStartVertical,
  AlignVerticalDistributeCenter,
  Circle,
  Hand,
  MousePointer2,
  Spline,
  Square,
  StickyNote,
  Type,
  type LucideIcon,
} from 'lucide-react'
import type { MouseEvent } from 'react'
import { useStableTranslation } from '../i18n/stableTranslation'
import { useShallow } from 'zustand/react/shallow'
import type { Command, JourneyDoc } from '../domain'
import { alignCommand, distributeCommand, freeCards, type AlignEdge, type DistributeAxis } from '../domain/arrange'
import { appStore, useAppStore } from '../store'
import type { Tool } from '../store/sessionSlice'
import { TOOLS } from '../editor/keymap'
import './whiteboard/toolbar.css'

const TOOL_ICONS: Record<Tool, LucideIcon> = {
  select: MousePointer2,
  hand: Hand,
  note: StickyNote,
  text: Type,
  rect: Square,
  ellipse: Circle,
  link: Spline,
}

const ALIGN: readonly { edge: AlignEdge; icon: LucideIcon }[] = [
  { edge: 'left', icon: AlignStartVertical },
  { edge: 'centre', icon: AlignCenterVertical },
  { edge: 'right', icon: AlignEndVertical },
  { edge: 'top', icon: AlignStartHorizontal },
  { edge: 'middle', icon: AlignCenterHorizontal },
  { edge: 'bottom', icon: AlignEndHorizontal },
]

const DISTRIBUTE: readonly { axis: DistributeAxis; icon: LucideIcon }[] = [
  { axis: 'horizontal', icon: AlignHorizontalDistributeCenter },
  { axis: 'vertical', icon: AlignVerticalDistributeCenter },
]

/** Clicking a tool must not take the keyboard from the board, or the next shortcut would go nowhere. */
const keepFocus = (e: MouseEvent) => e.preventDefault()

/** The board's tools, floating over its bottom edge, with alignment for a selection of free items just above them. */
export function Toolbar() {
  const { t } = useStableTranslation()
  const tool = useAppStore((s) => s.tool)
  const setTool = useAppStore((s) => s.setTool)
  return (
    <div className="board-toolbar-stack" data-board-chrome="">
      <div className="board-toolbar" role="toolbar" aria-label={t('board.toolbar.label')}>
        {TOOLS.map(({ tool: id, key }) => {
          const Icon = TOOL_ICONS[id]
          const name = t(`board.toolbar.tools.${id}`)
          return (
            <button
              key={id}
              type="button"
              className="board-toolbar-button"
              aria-label={name}
              aria-pressed={tool === id}
              title={t('board.toolbar.withKey', { name, key })}
              onMouseDown={keepFocus}
              onClick={() => setTool(id)}
            >
              <Icon size={20} aria-hidden />
              <span className="board-toolbar-key" aria-hidden>
                {key}
              </span>
            </button>
          )
        })}
      </div>
      <SelectionBar />
    </div>
  )
}

function SelectionBar() {
  const { t } = useStableTranslation()
  // Ids only: a document change that leaves the selection's free items alone does not re-render the bar.
  const free = useAppStore(useShallow((s) => (s.doc ? freeCards(s.doc, s.selection).map((c) => c.id) : [])))
  if (free.length < 2) return null
  const run = (make: (doc: JourneyDoc) => Command | null) => {
    const { doc, dispatch } = appStore.getState()
    const cmd = doc ? make(doc) : null
    if (cmd) dispatch(cmd)
  }
  return (
    <div className="board-toolbar board-toolbar--selection" role="toolbar" aria-label={t('board.toolbar.arrange')}>
      {ALIGN.map(({ edge, icon: Icon }) => (
        <button key={edge} type="button" className="board-toolbar-button" aria-label={t(`board.toolbar.align.${edge}`)} title={t(`board.toolbar.align.${edge}`)} onMouseDown={keepFocus} onClick={() => run((doc) => alignCommand(doc, free, edge))}>
          <Icon size={18} aria-hidden />
        </button>
      ))}
      <span className="board-toolbar-separator" aria-hidden />
      {DISTRIBUTE.map(({ axis, icon: Icon }) => (
        <button
          key={axis}
          type="button"
          className="board-toolbar-button"
          aria-label={t(`board.toolbar.distribute.${axis}`)}
          title={t(`board.toolbar.distribute.${axis}`)}
          disabled={free.length < 3}
          onMouseDown={keepFocus}
          onClick={() => run((doc) => distributeCommand(doc, free, axis))}
        >
          <Icon size={18} aria-hidden />
        </button>
      ))}
    </div>
  )
}
