import { useCallback, type MouseEvent as ReactMouseEvent, type PointerEvent as ReactPointerEvent, type RefObject } from 'react'
import { createCard, createLink, type Card, type CardId, type CardShape, type JourneyDoc } from '../../domain'
import { resizedPlace } from '../../domain/arrange'
import { cardAt, cardLayout, hitCell, type CellRef, type Point } from '../../domain/layout'
import { appStore, startGesture } from '../../store'
import type { Tool } from '../../store/sessionSlice'
import type { InteractionStore } from '../interaction'
import { linkAt, placeLinks } from '../links/geometry'
import { whiteboardUi } from '../links/linkState'
import { rectFromPoints } from '../placement'
import { track, trackDrag, useBoardPoint } from '../pointerTracking'
import { connectorHandle, CORNERS, HANDLE_RADIUS_PX, RESIZE_HANDLE_PX, resizeHandles } from './handles'

/** Screen pixels around an arrow that still count as a click on it. */
const LINK_TOLERANCE_PX = 7

/** What a click (rather than a drag) with each creation tool makes, in board pixels. */
const CLICK_SIZE: Record<CardShape, { width: number; height: number }> = {
  note: { width: 200, height: 100 },
  text: { width: 260, height: 48 },
  rect: { width: 200, height: 120 },
  ellipse: { width: 200, height: 120 },
}

const CREATION_TOOLS: Partial<Record<Tool, CardShape>> = { note: 'note', text: 'text', rect: 'rect', ellipse: 'ellipse' }

export interface WhiteboardPointerOptions {
  readonly container: RefObject<HTMLDivElement | null>
  readonly interaction: InteractionStore
  readonly spaceHeld: RefObject<boolean>
  readonly focusBoard: () => void
  /** Adds a card as a preview with its text box open (the board's double-click flow). */
  readonly addCard: (make: (doc: JourneyDoc) => Card) => void
  readonly addCardInCell: (cell: CellRef) => void
}

/**
 * The whiteboard's share of the pointer: resize handles, connector handles and the Link tool,
 * creation tools, and clicks on arrows. Each handler returns true when it took the event, so the
 * board's own pointer code (selection, card drag, marquee) runs only for what is left.
 */
export function useWhiteboardPointer({ container, interaction, spaceHeld, focusBoard, addCard, addCardInCell }: WhiteboardPointerOptions) {
  const { local, toBoard } = useBoardPoint(container)

  /** The card whose connector handle is under a board point: the hovered card's, or the selected card's. */
  const handleUnder = useCallback(
    (doc: JourneyDoc, at: Point): CardId | null => {
      const { selection, viewport } = appStore.getState()
      const candidates = [whiteboardUi.getState().handleHover, interaction.getState().hover, selection.length === 1 ? selection[0] : null]
      const reach = (HANDLE_RADIUS_PX + 3) / viewport.zoom
      const rects = cardLayout(doc).rects
      for (const id of candidates) {
        const h = id ? connectorHandle(doc, id, rects) : null
        if (id && h && Math.hypot(h.x - at.x, h.y - at.y) <= reach) return id
      }
      return null
    },
    [interaction],
  )

  const cornerUnder = useCallback((doc: JourneyDoc, at: Point) => {
    const { selection, viewport } = appStore.getState()
    const handles = resizeHandles(doc, selection)
    const reach = RESIZE_HANDLE_PX / viewport.zoom
    const corner = handles && CORNERS.find((c) => Math.abs(handles.corners[c].x - at.x) <= reach && Math.abs(handles.corners[c].y - at.y) <= reach)
    return handles && corner ? { cardId: handles.cardId, corner } : null
  }, [])

  const linkUnder = useCallback((doc: JourneyDoc, at: Point) => {
    const layout = cardLayout(doc)
    // A card wins over an arrow crossing it: arrows are picked where they run between cards.
    if (cardAt(layout, at)) return null
    return linkAt(placeLinks(doc, layout.rects), at, LINK_TOLERANCE_PX / appStore.getState().viewport.zoom)
  }, [])

  const drawLink = useCallback(
    (from: CardId, e: ReactPointerEvent) => {
      const start = local(e)
      trackDrag(
        start,
        local,
        (ev) => {
          const doc = appStore.getState().doc
          const to = toBoard(ev)
          const hit = doc ? cardAt(cardLayout(doc), to) : null
          whiteboardUi.getState().set({ draft: { from, to, target: hit && hit !== from ? hit : null }, handleHover: null })
        },
        (_ev, cancelled) => {
          const draft = whiteboardUi.getState().draft
          whiteboardUi.getState().set({ draft: null })
          const { doc, dispatch, setTool, select } = appStore.getState()
          if (cancelled || !draft?.target || !doc) return
          const target = draft.target
          const existing = Object.values(doc.links).find((l) => l.from === from && l.to === target)
          const link = existing ?? createLink(doc.map.id, from, target)
          if (!existing) dispatch({ type: 'addLink', link })
          select([])
          setTool('select')
          whiteboardUi.getState().set({ selectedLinks: [link.id] })
        },
      )
    },
    [local, toBoard],
  )

  const resize = useCallback(
    (cardId: CardId, corner: (typeof CORNERS)[number], e: ReactPointerEvent) => {
      const base = appStore.getState().doc?.cards[cardId]?.place
      if (!base || base.kind !== 'free') return
      const from = toBoard(e)
      const gesture = startGesture(appStore)
      let last = base
      track(
        (ev) => {
          const at = toBoard(ev)
          last = resizedPlace(base, corner, at.x - from.x, at.y - from.y)
          gesture.preview({ type: 'moveCard', cardId, to: last })
        },
        (_ev, cancelled) => gesture.end(cancelled || last === base ? null : { type: 'moveCard', cardId, to: last }),
      )
    },
    [toBoard],
  )

  const create = useCallback(
    (shape: CardShape, e: ReactPointerEvent) => {
      const start = local(e)
      const startBoard = toBoard(e)
      trackDrag(
        start,
        local,
        (ev) => {
          whiteboardUi.getState().set({ creating: rectFromPoints(startBoard, toBoard(ev)) })
        },
        (_ev, cancelled, moved) => {
          const area = whiteboardUi.getState().creating
          whiteboardUi.getState().set({ creating: null })
          const { doc, setTool } = appStore.getState()
          if (cancelled || !doc) return
          setTool('select')
          const drawn = moved && area && area.width >= 16 && area.height >= 16 ? area : null
          const cell = shape === 'note' && !drawn ? hitCell(cardLayout(doc).grid, startBoard) : null
          if (cell) return addCardInCell(cell)
          const size = CLICK_SIZE[shape]
          const rect = drawn ?? { x: startBoard.x - size.width / 2, y: startBoard.y - size.height / 2, ...size }
          const place = { kind: 'free', x: Math.round(rect.x), y: Math.round(rect.y), width: Math.round(rect.width), height: Math.round(rect.height) } as const
          addCard((d) => createCard(d.map.id, place, { shape }))
        },
      )
    },
    [local, toBoard, addCard, addCardInCell],
  )

  const onPointerDown = useCallback(
    (e: ReactPointerEvent<HTMLDivElement>): boolean => {
      if (e.button !== 0 || e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLInputElement) return false
      const { doc, tool, select } = appStore.getState()
      if (!doc || spaceHeld.current || tool === 'hand' || interaction.getState().editing) return false
      const at = toBoard(e)
      const ui = whiteboardUi.getState()
      const corner = tool === 'select' ? cornerUnder(doc, at) : null
      const shape = CREATION_TOOLS[tool]
      const handle = shape ? null : handleUnder(doc, at)
      const linkFrom = handle ?? (tool === 'link' ? cardAt(cardLayout(doc), at) : null)
      if (corner || linkFrom || shape || tool === 'link') {
        e.preventDefault()
        focusBoard()
        if (ui.selectedLinks.length > 0) ui.set({ selectedLinks: [] })
        if (corner) resize(corner.cardId, corner.corner, e)
        else if (linkFrom) drawLink(linkFrom, e)
        else if (shape) create(shape, e)
        return true
      }
      const link = linkUnder(doc, at)
      if (!link) {
        if (!e.shiftKey && ui.selectedLinks.length > 0) ui.set({ selectedLinks: [] })
        return false
      }
      focusBoard()
      select([])
      const selected = e.shiftKey ? (ui.selectedLinks.includes(link.id) ? ui.selectedLinks.filter((id) => id !== link.id) : [...ui.selectedLinks, link.id]) : [link.id]
      ui.set({ selectedLinks: selected })
      return true
    },
    [interaction, spaceHeld, focusBoard, toBoard, cornerUnder, handleUnder, linkUnder, resize, drawLink, create],
  )

  const onPointerMove = useCallback(
    (e: ReactPointerEvent<HTMLDivElement>) => {
      if (e.buttons !== 0) return
      const { doc, tool } = appStore.getState()
      const el = container.current
      if (!doc || !el || spaceHeld.current || tool === 'hand') return
      const at = toBoard(e)
      const ui = whiteboardUi.getState()
      const handle = CREATION_TOOLS[tool] ? null : handleUnder(doc, at)
      if (handle !== ui.handleHover) ui.set({ handleHover: handle })
      const corner = tool === 'select' ? cornerUnder(doc, at) : null
      let cursor: string | null = null
      if (corner) cursor = corner.corner === 'nw' || corner.corner === 'se' ? 'nwse-resize' : 'nesw-resize'
      else if (handle || tool !== 'select') cursor = 'crosshair'
      else if (linkUnder(doc, at)) cursor = 'pointer'
      if (cursor) el.style.setProperty('cursor', cursor)
    },
    [container, spaceHeld, toBoard, handleUnder, cornerUnder, linkUnder],
  )

  const onPointerLeave = useCallback(() => {
    if (whiteboardUi.getState().handleHover) whiteboardUi.getState().set({ handleHover: null })
  }, [])

  const onDoubleClick = useCallback(
    (e: ReactMouseEvent<HTMLDivElement>): boolean => {
      const { doc } = appStore.getState()
      if (!doc || e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLInputElement) return false
      const link = linkUnder(doc, toBoard(e))
      if (!link) return false
      appStore.getState().select([])
      whiteboardUi.getState().set({ selectedLinks: [link.id], editingLink: link.id })
      return true
    },
    [toBoard, linkUnder],
  )

  return { onPointerDown, onPointerMove, onPointerLeave, onDoubleClick }
}
