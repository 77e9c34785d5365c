import { useLayoutEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react'
import { useStableTranslation } from '../../i18n/stableTranslation'
import type { JourneyDoc } from '../../domain'
import { cardLayout, LAYOUT } from '../../domain/layout'
import { containsPoint } from '../../domain/cardHits'
import { whenIdle } from '../../platform/idle'
import { appStore, useAppStore, type AppState } from '../../store'
import { cardColors } from '../../drawing/cardStyle'
import { GRID_LINE, GRID_STRONG_LINE, GRID_TITLE_FILL } from '../../drawing/gridStyle'
import { captureDrag } from '../pointerTracking'
import { visibleRect } from '../viewport'
import { writeStyle } from '../writeStyle'
import { centreOn, minimapFrame, minimapToBoard, minimapViewRect, type MinimapFrame } from './navMath'

const MAX_WIDTH = 220
const MAX_HEIGHT = 140
/** The longest the overview waits for a change's save before it is drawn anyway. */
const SAVE_WAIT_MS = 1000

/**
 * The whole map in a corner: stage bands, lanes and cards as blocks on a small canvas, redrawn
 * only when the document changes, with the part on screen framed. Pressing or dragging on it
 * moves the view there.
 */
export function Minimap({ width, height }: { width: number; height: number }) {
  const { t } = useStableTranslation()
  const canvas = useRef<HTMLCanvasElement>(null)
  const frameBox = useRef<HTMLDivElement>(null)
  const frame = useRef<MinimapFrame | null>(null)
  // The box takes the map's shape at once, though its drawing waits for an idle moment: the corner's size is part
  // of what zoom to fit keeps clear of, and a box that grew after the map opened fitted would cover its cards.
  const bounds = useAppStore((s) => (s.doc ? cardLayout(s.doc).bounds : null))
  const box = bounds ? minimapFrame(bounds, MAX_WIDTH, MAX_HEIGHT) : { width: MAX_WIDTH, height: MAX_HEIGHT / 2 }

  useLayoutEffect(() => {
    // What the frame box shows now: a pan frame that moves it by less than a minimap pixel (most
    // of them, the minimap is ~1/50 of the board) writes nothing and costs the browser no style work.
    let shown = ''
    const placeFrame = () => {
      const box = frameBox.current
      const f = frame.current
      if (!box || !f) return
      const r = minimapViewRect(f, visibleRect(appStore.getState().viewport, width, height))
      const px = (n: number) => `${Math.round(n * 2) / 2}px`
      const next = r ? `${px(r.x)} ${px(r.y)} ${px(r.width)} ${px(r.height)}` : 'none'
      if (next === shown) return
      shown = next
      box.style.display = r ? '' : 'none'
      if (!r) return
      box.style.transform = `translate(${px(r.x)}, ${px(r.y)})`
      // Its size changes with the zoom only: a pan's frames leave its layout alone.
      writeStyle(box, 'width', px(r.width))
      writeStyle(box, 'height', px(r.height))
    }
    const redraw = () => {
      const doc = appStore.getState().doc
      const el = canvas.current
      if (!doc || !el) return
      const f = minimapFrame(cardLayout(doc).bounds, MAX_WIDTH, MAX_HEIGHT)
      frame.current = f
      draw(el, doc, f)
      placeFrame()
    }
    // The overview waits until the page is idle: drawing every card of a 10,000-card map took
    // ~15 ms, in the very frame that shows a map opening, a drop or a typed text, before its save.
    // It also waits for the change's save: idle comes while the write is in flight, and a redraw
    // then held up the write's completion (Enter to saved at 10,000 cards). A live resize or a
    // burst of edits is one redraw.
    // A long write (a big import shown while it is stored) is waited for a second at most.
    let cancel: (() => void) | null = null
    let stale = true
    let waitedSince: number | null = null
    let recheck: ReturnType<typeof setTimeout> | null = null
    const saving = (status: AppState['saveStatus']) => status === 'saving' || status === 'unsaved'
    const schedule = () => {
      if (!stale) return
      if (saving(appStore.getState().saveStatus)) {
        waitedSince ??= performance.now()
        const left = SAVE_WAIT_MS - (performance.now() - waitedSince)
        if (left > 0) {
          recheck ??= setTimeout(() => {
            recheck = null
            schedule()
          }, left)
          return
        }
      }
      if (recheck) clearTimeout(recheck)
      recheck = null
      cancel ??= whenIdle(() => {
        cancel = null
        stale = false
        waitedSince = null
        redraw()
      })
    }
    schedule()
    const unsubscribe = appStore.subscribe((s, prev) => {
      if (s.doc !== prev.doc) stale = true
      if (s.doc !== prev.doc || s.saveStatus !== prev.saveStatus) schedule()
      if (s.viewport !== prev.viewport) placeFrame()
    })
    return () => {
      unsubscribe()
      cancel?.()
      if (recheck) clearTimeout(recheck)
    }
  }, [width, height])

  const onPointerDown = (e: ReactPointerEvent<HTMLDivElement>) => {
    e.stopPropagation()
    const f = frame.current
    if (e.button !== 0 || !f) return
    e.preventDefault()
    const el = e.currentTarget
    const box = el.getBoundingClientRect()
    const toBoard = (ev: { clientX: number; clientY: number }) => minimapToBoard(f, { x: ev.clientX - box.left, y: ev.clientY - box.top })
    const vp = appStore.getState().viewport
    const seen = visibleRect(vp, width, height)
    const start = toBoard(e)
    const inside = containsPoint(seen, start)
    // Grabbing the frame keeps hold of the spot grabbed; pressing elsewhere brings the view there.
    const grip = inside ? { x: start.x - (seen.x + seen.width / 2), y: start.y - (seen.y + seen.height / 2) } : { x: 0, y: 0 }
    const go = (ev: { clientX: number; clientY: number }) => {
      const p = toBoard(ev)
      appStore.getState().setViewport(centreOn(appStore.getState().viewport, { x: p.x - grip.x, y: p.y - grip.y }, width, height))
    }
    go(e)
    captureDrag(el, e.pointerId, go)
  }

  return (
    <div
      className="board-minimap"
      role="img"
      aria-label={t('board.navigation.minimap')}
      title={t('board.navigation.minimapHint')}
      style={{ width: box.width, height: box.height }}
      onPointerDown={onPointerDown}
      onDoubleClick={(e) => e.stopPropagation()}
    >
      <canvas ref={canvas} />
      <div ref={frameBox} className="board-minimap__view" />
    </div>
  )
}

function draw(el: HTMLCanvasElement, doc: JourneyDoc, f: MinimapFrame): void {
  const ratio = window.devicePixelRatio || 1
  el.width = Math.round(f.width * ratio)
  el.height = Math.round(f.height * ratio)
  el.style.width = `${f.width}px`
  el.style.height = `${f.height}px`
  const ctx = el.getContext('2d')
  if (!ctx) return
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
  ctx.clearRect(0, 0, f.width, f.height)
  const layout = cardLayout(doc)
  const grid = layout.grid
  const s = f.scale
  const X = (x: number) => f.offsetX + (x - f.world.x) * s
  const Y = (y: number) => f.offsetY + (y - f.world.y) * s

  ctx.fillStyle = '#ffffff'
  ctx.fillRect(X(0), Y(0), grid.width * s, grid.height * s)
  for (const band of grid.stages) {
    ctx.fillStyle = doc.stages[band.stageId]?.color ?? '#e4e4e7'
    ctx.fillRect(X(band.x), Y(0), band.width * s, grid.bodyTop * s)
    ctx.globalAlpha = 0.45
    ctx.fillRect(X(band.x), Y(grid.bodyTop), band.width * s, (grid.height - grid.bodyTop) * s)
    ctx.globalAlpha = 1
  }
  ctx.fillStyle = GRID_TITLE_FILL
  ctx.fillRect(X(grid.laneTitleX), Y(0), LAYOUT.laneTitleWidth * s, grid.height * s)
  ctx.fillStyle = GRID_LINE
  for (const row of grid.rows) ctx.fillRect(X(0), Y(row.y), grid.width * s, 1)

  // Cards in their sentiment's strong colour: pastel fills vanish at this size.
  for (const id of layout.order) {
    const r = layout.rects.get(id)
    const card = doc.cards[id]
    if (!r || !card) continue
    ctx.fillStyle = card.color ?? cardColors(card).edge
    ctx.fillRect(X(r.x), Y(r.y), Math.max(1, r.width * s), Math.max(1, r.height * s))
  }
  ctx.strokeStyle = GRID_STRONG_LINE
  ctx.lineWidth = 1
  ctx.strokeRect(X(0) + 0.5, Y(0) + 0.5, grid.width * s - 1, grid.height * s - 1)
}
