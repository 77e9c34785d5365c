import { Circle, Shape } from 'react-konva'
import { cardLayout } from '../../domain/layout'
import { useAppStore } from '../../store'
import { useDrawnZoom } from '../drawnArea'
import { CardOutline } from '../cards/CardParts'
import { useInteraction } from '../interaction'
import { ACCENT } from '../../drawing/cardStyle'
import { LINK_COLOR } from '../../drawing/linkGeometry'
import { drawLinks } from './draw'
import { linkPath, placeLinks } from '../../drawing/linkGeometry'
import { LinkLabels } from './LinksGroup'
import { connectorHandle, HANDLE_RADIUS_PX } from '../whiteboard/handles'

/**
 * Arrows that follow a dragged card, the selected arrows, the arrow being drawn and the connector
 * handle of the hovered or selected card. Lives in the overlay layer: it changes with the pointer.
 */
export function LinkOverlay() {
  const doc = useAppStore((s) => s.doc)
  const zoom = useDrawnZoom()
  const singleSelected = useAppStore((s) => (s.selection.length === 1 ? (s.selection[0] ?? null) : null))
  const drag = useInteraction((s) => s.drag)
  const hover = useInteraction((s) => s.hover)
  const editing = useInteraction((s) => s.editing)
  const selectedLinks = useAppStore((s) => s.selectedLinks)
  const draft = useInteraction((s) => s.draft)
  const handleHover = useInteraction((s) => s.handleHover)
  const tool = useAppStore((s) => s.tool)
  if (!doc) return null
  const { rects } = cardLayout(doc)

  const following = drag ? placeLinks(doc, rects, new Map([[drag.cardId, drag.ghost]])).filter((l) => l.from === drag.cardId || l.to === drag.cardId) : []
  const selected = selectedLinks.length > 0 ? placeLinks(doc, rects).filter((l) => selectedLinks.includes(l.id)) : []
  const handleCard = drag || draft || editing || tool === 'hand' ? null : (handleHover ?? hover ?? singleSelected)
  const handle = handleCard ? connectorHandle(doc, handleCard, rects) : null
  const draftFrom = draft ? rects.get(draft.from) : undefined
  const draftTarget = draft?.target ? rects.get(draft.target) : undefined

  return (
    <>
      {following.length > 0 && (
        <>
          <Shape listening={false} sceneFunc={(c) => drawLinks(c, following.map((l) => l.path), { color: LINK_COLOR, widthPx: 2, zoom })} />
          <LinkLabels links={following} zoom={zoom} mapDirection={doc.map.direction} />
        </>
      )}
      {selected.length > 0 && (
        <>
          <Shape listening={false} sceneFunc={(c) => drawLinks(c, selected.map((l) => l.path), { color: ACCENT, widthPx: 4, zoom })} />
          <LinkLabels links={selected} zoom={zoom} mapDirection={doc.map.direction} accent={ACCENT} />
        </>
      )}
      {draft && draftFrom && (
        <>
          {draftTarget && <CardOutline rect={draftTarget} color={ACCENT} width={3} pad={4} dash />}
          <Shape
            listening={false}
            sceneFunc={(c) =>
              drawLinks(c, [linkPath(draftFrom, draftTarget ?? { x: draft.to.x, y: draft.to.y, width: 0, height: 0 })], { color: ACCENT, widthPx: 2.5, zoom, dash: [8, 6] })
            }
          />
        </>
      )}
      {handle && (
        <Circle
          x={handle.x}
          y={handle.y}
          radius={HANDLE_RADIUS_PX / zoom}
          fill={handleHover ? ACCENT : '#ffffff'}
          stroke={ACCENT}
          strokeWidth={2}
          strokeScaleEnabled={false}
          listening={false}
        />
      )}
    </>
  )
}
