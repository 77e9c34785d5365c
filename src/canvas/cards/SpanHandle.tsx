import { Rect } from 'react-konva'
import { ACCENT } from '../../drawing/cardStyle'
import { useAppStore } from '../../store'
import { useDrawnZoom } from '../drawnArea'
import { spanHandleRect, spanTarget } from './spanDrag'

/** The grip on the trailing edge of the one selected cell card; drag it to cover more or fewer steps. */
export function SpanHandle() {
  const doc = useAppStore((s) => s.doc)
  const selection = useAppStore((s) => s.selection)
  const zoom = useDrawnZoom()
  const target = spanTarget(doc, selection)
  if (!target || !doc) return null
  const r = spanHandleRect(target.rect, doc.map.direction === 'rtl', zoom)
  return <Rect {...r} cornerRadius={r.width / 2} fill="#ffffff" stroke={ACCENT} strokeWidth={2} strokeScaleEnabled={false} listening={false} />
}
