// The bench's reference scene: what a typical react-konva whiteboard does with the same cards.
// The view lives in React state, every wheel or pointer event sets it, and each render keeps
// only the cards that intersect the view plus a margin (off-screen culling), each a Group of a
// Rect and a Text. No level of detail, no caching, no snapshot: the plain way. The bench hands
// the cards and the views in window.__benchReference (addInitScript) and reads the view back from
// window.__referenceView to check that its events really moved it.
import { memo, useEffect, useMemo, useRef, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { Group, Layer, Rect, Stage, Text } from 'react-konva'
import './reference.css'

interface View {
  readonly zoom: number
  readonly x: number
  readonly y: number
}
/** x, y, width, height, fill, border, text colour, text, right-to-left (1) */
type CardRow = [number, number, number, number, string, string, string, string, number]
interface ReferenceData {
  readonly cards: CardRow[]
  readonly start: View
  readonly fit: View
  readonly board: { readonly width: number; readonly height: number }
}

declare global {
  interface Window {
    __benchReference: ReferenceData
    __referenceView?: View
  }
}

const data = window.__benchReference
const cards = data.cards.map((row, index) => ({ index, row }))
/** Screen pixels mounted past each edge, so a small pan shows no empty strip before React catches up. */
const MARGIN_PX = 200

/** Ctrl/Cmd+wheel and a trackpad pinch (Chromium sends it as Ctrl+wheel) zoom around the pointer. */
const zoomFactor = (deltaY: number) => Math.exp(-Math.max(-25, Math.min(25, deltaY)) * 0.01)

function zoomAround(v: View, sx: number, sy: number, zoom: number): View {
  const ax = v.x + sx / v.zoom
  const ay = v.y + sy / v.zoom
  return { zoom, x: ax - sx / zoom, y: ay - sy / zoom }
}

const Card = memo(function Card({ row }: { row: CardRow }) {
  const [x, y, width, height, fill, edge, color, text, rtl] = row
  return (
    <Group x={x} y={y}>
      <Rect width={width} height={height} fill={fill} stroke={edge} strokeWidth={1.5} cornerRadius={8} />
      <Text
        x={10}
        y={10}
        width={width - 20}
        height={height - 20}
        text={text}
        fontSize={15}
        lineHeight={1.4}
        fontFamily="Inter, Vazirmatn, sans-serif"
        fill={color}
        wrap="word"
        ellipsis
        direction={rtl ? 'rtl' : 'ltr'}
        align={rtl ? 'right' : 'left'}
      />
    </Group>
  )
})

function Board() {
  const { width, height } = data.board
  const [view, setView] = useState<View>(data.start)
  const box = useRef<HTMLDivElement>(null)
  const current = useRef(view)

  useEffect(() => {
    const el = box.current
    if (!el) return
    const set = (next: View) => {
      current.current = next
      window.__referenceView = next
      setView(next)
    }
    window.__referenceView = current.current
    let space = false
    let drag: { x: number; y: number; from: View } | null = null
    const onWheel = (e: WheelEvent) => {
      e.preventDefault()
      const v = current.current
      const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? height : 1
      if (e.ctrlKey || e.metaKey) {
        const r = el.getBoundingClientRect()
        set(zoomAround(v, e.clientX - r.left, e.clientY - r.top, Math.min(4, Math.max(0.01, v.zoom * zoomFactor(e.deltaY)))))
      } else set({ ...v, x: v.x + (e.deltaX * unit) / v.zoom, y: v.y + (e.deltaY * unit) / v.zoom })
    }
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === ' ') {
        space = true
        e.preventDefault()
      } else if (e.shiftKey && e.code === 'Digit1') set(data.fit)
    }
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === ' ') space = false
    }
    const onDown = (e: PointerEvent) => {
      if (space && e.button === 0) drag = { x: e.clientX, y: e.clientY, from: current.current }
    }
    const onMove = (e: PointerEvent) => {
      if (!drag) return
      const f = drag.from
      set({ ...f, x: f.x - (e.clientX - drag.x) / f.zoom, y: f.y - (e.clientY - drag.y) / f.zoom })
    }
    const onUp = () => {
      drag = null
    }
    el.addEventListener('wheel', onWheel, { passive: false })
    el.addEventListener('pointerdown', onDown)
    window.addEventListener('pointermove', onMove)
    window.addEventListener('pointerup', onUp)
    window.addEventListener('keydown', onKeyDown)
    window.addEventListener('keyup', onKeyUp)
    return () => {
      el.removeEventListener('wheel', onWheel)
      el.removeEventListener('pointerdown', onDown)
      window.removeEventListener('pointermove', onMove)
      window.removeEventListener('pointerup', onUp)
      window.removeEventListener('keydown', onKeyDown)
      window.removeEventListener('keyup', onKeyUp)
    }
  }, [height])

  // Culling: recomputed on every view change, as the React state of the view changes every frame of a pan.
  const visible = useMemo(() => {
    const m = MARGIN_PX / view.zoom
    const x0 = view.x - m
    const y0 = view.y - m
    const x1 = view.x + width / view.zoom + m
    const y1 = view.y + height / view.zoom + m
    return cards.filter(({ row: [x, y, w, h] }) => x < x1 && x + w > x0 && y < y1 && y + h > y0)
  }, [view, width, height])

  return (
    <div ref={box} style={{ width, height }}>
      <Stage width={width} height={height} scaleX={view.zoom} scaleY={view.zoom} x={-view.x * view.zoom} y={-view.y * view.zoom}>
        <Layer>
          {visible.map(({ index, row }) => (
            <Card key={index} row={row} />
          ))}
        </Layer>
      </Stage>
    </div>
  )
}

const root = document.getElementById('root')
if (!root) throw new Error('the reference page has no #root')
createRoot(root).render(<Board />)
