import { useEffect, type RefObject } from 'react'
import type { Command, JourneyDoc, LaneId } from '../../domain'
import { cardAt, cardLayout, gridLayout, type Point } from '../../domain/layout'
import { headerRect, hitHeader, type HeaderHit, type HeaderTarget } from '../../domain/layoutGrid'
import { appStore, startGesture } from '../../store'
import { DRAG_THRESHOLD, pastDragThreshold, track } from '../pointerTracking'
import { screenToBoard } from '../viewport'
import { dropFor, resizeLaneCommand, resizeStepCommand } from '../../domain/gridCommands'
import { gridUi, sameTarget } from './gridUi'

/** Screen pixels either side of a resize edge that grab it, whatever the zoom. */
const EDGE_PX = 5

const CURSORS: Record<HeaderHit['kind'], string> = {
  stage: 'grab',
  step: 'grab',
  lane: 'grab',
  stepEdge: 'col-resize',
  laneEdge: 'row-resize',
  laneToggle: 'pointer',
}

export interface GridPointerOptions {
  readonly container: RefObject<HTMLDivElement | null>
  /** True while Space is held: presses pan instead. */
  readonly spaceHeld: RefObject<boolean>
  readonly focusBoard: () => void
}

/** The header a hit belongs to: an edge or a chevron counts as its step's or lane's header. */
export function hitTarget(hit: HeaderHit): HeaderTarget {
  switch (hit.kind) {
    case 'stage':
      return { kind: 'stage', id: hit.stageId }
    case 'step':
    case 'stepEdge':
      return { kind: 'step', id: hit.stepId }
    default:
      return { kind: 'lane', id: hit.laneId }
  }
}

/**
 * Presses, drags and double-clicks on the grid's headers. Listens on the board's element before
 * the card handlers do (capture) and keeps the events it uses to itself, so a header press never
 * also starts a marquee and a header double-click never adds a card. Only presses on the canvas
 * count: the DOM overlays (text boxes, toolbars, navigation) have their own handlers.
 */
export function useGridPointer({ container, spaceHeld, focusBoard }: GridPointerOptions): void {
  useEffect(() => {
    const el = container.current
    if (!el) return
    const content = () => el.querySelector<HTMLElement>('.konvajs-content')
    const setCursor = (cursor: string) => content()?.style.setProperty('cursor', cursor)
    const local = (e: { clientX: number; clientY: number }): Point => {
      const box = el.getBoundingClientRect()
      return { x: e.clientX - box.left, y: e.clientY - box.top }
    }
    // Headers answer the select tool only: with the hand the press pans, with a drawing tool it draws.
    const panning = () => spaceHeld.current || appStore.getState().tool !== 'select'
    const hitAt = (e: { clientX: number; clientY: number }): { hit: HeaderHit; doc: JourneyDoc; at: Point } | null => {
      const { doc, viewport } = appStore.getState()
      if (!doc) return null
      const at = screenToBoard(viewport, local(e))
      const hit = hitHeader(gridLayout(doc), at, EDGE_PX / viewport.zoom)
      // A free card lying over a header is on top of it, so it gets the pointer. (Asked second:
      // the header test is a few comparisons, the card test walks every card.)
      if (!hit || cardAt(cardLayout(doc), at)) return null
      return { hit, doc, at }
    }

    const onMove = (e: PointerEvent) => {
      if (e.buttons !== 0) return
      if (!(e.target instanceof HTMLCanvasElement)) {
        // On the header toolbar the header stays hovered; on any other control over the board (a
        // floating tool bar, the minimap) it does not, or the toolbar would linger on top of it.
        const ui = gridUi.getState()
        const ours = e.target instanceof Element && !!e.target.closest('[data-grid-ui]')
        if (!ours && ui.hover && !ui.popover) ui.set({ hover: null })
        return
      }
      const found = panning() ? null : hitAt(e)
      setCursor(found ? CURSORS[found.hit.kind] : '')
      const ui = gridUi.getState()
      if (ui.popover || ui.drag) return
      const next = found ? hitTarget(found.hit) : null
      if (!sameTarget(next, ui.hover)) ui.set({ hover: next })
    }

    const onLeave = (e: PointerEvent) => {
      const ui = gridUi.getState()
      if (e.buttons === 0 && !ui.popover && ui.hover) ui.set({ hover: null })
    }

    const onDown = (e: PointerEvent) => {
      if (e.button !== 0 || !(e.target instanceof HTMLCanvasElement) || panning()) return
      const found = hitAt(e)
      if (!found) return
      e.stopPropagation()
      focusBoard()
      gridUi.getState().set({ popover: null })
      const { hit, doc } = found
      if (hit.kind === 'stepEdge' || hit.kind === 'laneEdge') return resize(e, hit, doc)
      if (hit.kind === 'laneToggle') return toggle(e, hit.laneId)
      drag(e, hitTarget(hit), doc)
    }

    const resize = (e: PointerEvent, hit: Extract<HeaderHit, { kind: 'stepEdge' | 'laneEdge' }>, doc: JourneyDoc) => {
      const start = local(e)
      const zoom = appStore.getState().viewport.zoom
      const make = (p: Point): Command | null => {
        if (hit.kind === 'stepEdge') {
          const step = doc.steps[hit.stepId]
          return step ? resizeStepCommand(doc, step.id, step.width, p.x - start.x, zoom) : null
        }
        const lane = doc.lanes[hit.laneId]
        return lane ? resizeLaneCommand(lane.id, lane.height, p.y - start.y, zoom) : null
      }
      // The live preview leaves no history; the drop is the one undo step.
      const gesture = startGesture(appStore)
      gridUi.getState().set({ hover: null })
      const cursor = CURSORS[hit.kind]
      setCursor(cursor)
      document.body.style.setProperty('cursor', cursor)
      track(
        (ev) => {
          const cmd = make(local(ev))
          if (cmd) gesture.preview(cmd)
        },
        (ev, cancelled) => {
          document.body.style.removeProperty('cursor')
          // A click on the edge resizes nothing, and the domain then records no undo step either.
          gesture.end(!cancelled && ev ? make(local(ev)) : null)
        },
        { cancelAlways: true },
      )
    }

    const toggle = (e: PointerEvent, laneId: LaneId) => {
      const start = local(e)
      track(
        () => undefined,
        (ev, cancelled) => {
          if (cancelled || !ev) return
          const p = local(ev)
          if (Math.hypot(p.x - start.x, p.y - start.y) > DRAG_THRESHOLD) return
          const { doc, dispatch } = appStore.getState()
          const lane = doc?.lanes[laneId]
          if (lane) dispatch({ type: 'setLaneCollapsed', laneId: lane.id, collapsed: !lane.collapsed })
        },
        { cancelAlways: true },
      )
    }

    const drag = (e: PointerEvent, target: HeaderTarget, doc: JourneyDoc) => {
      const start = local(e)
      const rect = headerRect(gridLayout(doc), target)
      if (!rect) return
      let dragging = false
      track(
        (ev) => {
          const p = local(ev)
          if (!dragging && !pastDragThreshold(start, p)) return
          if (!dragging) {
            // Both: the canvas keeps its own hover cursor, the page has the pointer off the board.
            setCursor('grabbing')
            document.body.style.setProperty('cursor', 'grabbing')
          }
          dragging = true
          const { viewport } = appStore.getState()
          const at = screenToBoard(viewport, p)
          const drop = dropFor(doc, target, at)
          const dx = target.kind === 'lane' ? 0 : (p.x - start.x) / viewport.zoom
          const dy = target.kind === 'lane' ? (p.y - start.y) / viewport.zoom : 0
          gridUi.getState().set({ hover: null, drag: drop ? { target, at: drop.at, ghost: { ...rect, x: rect.x + dx, y: rect.y + dy } } : null })
        },
        (ev, cancelled) => {
          document.body.style.removeProperty('cursor')
          if (dragging) setCursor('')
          gridUi.getState().set({ drag: null })
          if (!dragging || cancelled || !ev) return
          const { doc: now, viewport, dispatch } = appStore.getState()
          if (!now) return
          const drop = dropFor(now, target, screenToBoard(viewport, local(ev)))
          if (drop?.command) dispatch(drop.command)
        },
        { cancelAlways: true },
      )
    }

    const onDoubleClick = (e: MouseEvent) => {
      if (!(e.target instanceof HTMLCanvasElement) || panning()) return
      const found = hitAt(e)
      if (!found) return
      e.stopPropagation()
      const { hit } = found
      if (hit.kind === 'stage' || hit.kind === 'step' || hit.kind === 'lane') gridUi.getState().set({ editing: hitTarget(hit), hover: null, popover: null })
    }

    el.addEventListener('pointerdown', onDown, true)
    el.addEventListener('dblclick', onDoubleClick, true)
    el.addEventListener('pointermove', onMove)
    el.addEventListener('pointerleave', onLeave)
    return () => {
      el.removeEventListener('pointerdown', onDown, true)
      el.removeEventListener('dblclick', onDoubleClick, true)
      el.removeEventListener('pointermove', onMove)
      el.removeEventListener('pointerleave', onLeave)
    }
  }, [container, spaceHeld, focusBoard])

  useEffect(
    () =>
      // The toolbar would drift off its header during a pan; it comes back on the next pointer move.
      appStore.subscribe((s, prev) => {
        const ui = gridUi.getState()
        if (s.viewport !== prev.viewport && ui.hover && !ui.popover) ui.set({ hover: null })
      }),
    [],
  )
}
