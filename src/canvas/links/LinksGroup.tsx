import { memo } from 'react'
import { Label, Shape, Tag, Text } from 'react-konva'
import type { Direction } from '../../domain'
import { cardLayout, type Rect } from '../../domain/layout'
import { useAppStore } from '../../store'
import { useDrawnZoom } from '../drawnArea'
import { CANVAS_FONT_FAMILY, textDirection } from '../../drawing/cardStyle'
import { useExportView } from '../exportView'
import { useInteraction } from '../interaction'
import { LINK_COLOR } from '../../drawing/linkGeometry'
import { drawLinks } from './draw'
import { linksTouching, placeLinks, pointAt, type PlacedLink } from '../../drawing/linkGeometry'

/**
 * Arrows between cards, drawn over them in the content layer and culled like them. Arrows of the
 * card being dragged are left to the overlay, which draws them following the ghost.
 */
export const LinksGroup = memo(function LinksGroup({ area }: { area: Rect }) {
  const doc = useAppStore((s) => s.doc)
  const exporting = useExportView()
  const liveZoom = useDrawnZoom()
  // An export draws the board at 100% (scaled by its pixel ratio), so arrows keep their 100% width.
  const zoom = exporting ? 1 : liveZoom
  const only = exporting?.only ?? null
  const dragging = useInteraction((s) => s.drag?.cardId ?? null)
  if (!doc) return null
  const links = linksTouching(placeLinks(doc, cardLayout(doc).rects), area).filter(
    (l) => l.from !== dragging && l.to !== dragging && (!only || (only.has(l.from) && only.has(l.to))),
  )
  if (links.length === 0) return null
  const paths = links.map((l) => l.path)
  return (
    <>
      <Shape listening={false} perfectDrawEnabled={false} sceneFunc={(context) => drawLinks(context, paths, { color: LINK_COLOR, widthPx: 2, zoom })} />
      <LinkLabels links={links} zoom={zoom} mapDirection={doc.map.direction} />
    </>
  )
})

const LABEL_FONT = 14
const LABEL_PADDING = 4

/** Labels sit on the middle of their curve, on a pill that keeps them readable over cards and lines. */
export function LinkLabels({ links, zoom, mapDirection, accent }: { links: readonly PlacedLink[]; zoom: number; mapDirection: Direction; accent?: string }) {
  // Below the zoom where card text is dropped, labels would be specks: leave them out too.
  if (zoom < 0.4) return null
  return (
    <>
      {links
        .filter((l) => l.label.trim() !== '')
        .map((l) => {
          const mid = pointAt(l.path, 0.5)
          const { direction } = textDirection(l.label, mapDirection)
          return (
            <Label key={l.id} x={mid.x} y={mid.y + (LABEL_FONT + 2 * LABEL_PADDING) / 2} listening={false}>
              <Tag fill="#ffffff" stroke={accent ?? LINK_COLOR} strokeWidth={1} strokeScaleEnabled={false} cornerRadius={6} pointerDirection="down" pointerWidth={0} pointerHeight={0} />
              <Text text={l.label} fontSize={LABEL_FONT} fontFamily={CANVAS_FONT_FAMILY} fill="#0f172a" padding={LABEL_PADDING} direction={direction} wrap="none" />
            </Label>
          )
        })}
    </>
  )
}
