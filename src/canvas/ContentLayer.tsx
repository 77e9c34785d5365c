import { memo, useMemo } from 'react'
import { useStableTranslation } from '../i18n/stableTranslation'
import { Group, Rect, Text } from 'react-konva'
import { BoardLayer } from './warmLayers'
import { cardLayout } from '../domain/layout'
import { cardsTouching, intersects } from '../domain/cardHits'
import { useAppStore } from '../store'
import { CardBlocks, CardNode, isDimmedByFocus } from './CardNode'
import { CANVAS_FONT_FAMILY } from '../drawing/cardStyle'
import { cullToCanvas } from './cullToCanvas'
import { useExportView, useLayerArea } from './exportView'
import { useInteraction } from './interaction'
import { LinksGroup } from './links/LinksGroup'
import { VoteDots } from './cards/VoteDots'
import { LockBadges } from './cards/LockBadges'
import { PrivateMarks } from './cards/PrivateMarks'
import { ActionBadges } from './cards/ActionBadges'

/**
 * The cards. Only those near the screen are mounted (the set changes when the view crosses a
 * tile, not on every pixel of a pan), and they are drawn in the layout's order, never by zIndex.
 */
export const ContentLayer = memo(function ContentLayer({ width, height }: { width: number; height: number }) {
  const { t } = useStableTranslation()
  const doc = useAppStore((s) => s.doc)
  const focus = useAppStore((s) => s.focusPersonaId)
  const area = useLayerArea(width, height)
  const exportView = useExportView()
  const exporting = exportView !== null
  const only = exportView?.only ?? null
  const dragging = useInteraction((s) => s.drag?.cardId ?? null)
  const editing = useInteraction((s) => s.editing?.cardId ?? null)
  const layout = doc ? cardLayout(doc) : null
  // Blocks need no list of the cards near the view but an export's own: scanning 10,000 cards for it
  // at each of a pinch's builds took 12 ms (profile).
  const listed = area.detail || only !== null
  const visible = useMemo(() => (layout && listed ? cardsTouching(layout, area).filter((id) => !only || only.has(id)) : []), [layout, area, only, listed])
  if (!doc || !layout) return <BoardLayer ref={cullToCanvas} listening={false} />

  const direction = doc.map.direction
  return (
    <BoardLayer ref={cullToCanvas} listening={false}>
      {area.detail ? (
        visible.map((id) => {
          const r = layout.rects.get(id)
          const card = doc.cards[id]
          if (!r || !card) return null
          // An export shows every card at full strength, whoever the board is focused on.
          const dimmed = !exporting && isDimmedByFocus(card.personaIds, focus)
          return <CardNode key={id} card={card} x={r.x} y={r.y} width={r.width} height={r.height} mapDirection={direction} faded={id === dragging} editing={id === editing} dimmed={dimmed} />
        })
      ) : (
        // Every card: the blocks index them once per layout and draw those on the canvas being drawn.
        <CardBlocks doc={doc} ids={only ? visible : layout.order} rects={layout.rects} />
      )}
      {area.detail &&
        layout.overflow
          .filter((o) => intersects(o.rect, area))
          .map((o) => (
            <Group key={`${o.laneId}:${o.stepId}`} x={o.rect.x} y={o.rect.y}>
              <Rect width={o.rect.width} height={o.rect.height} cornerRadius={o.rect.height / 2} fill="#3f3f46" />
              <Text
                text={t('board.overflow', { count: o.count })}
                width={o.rect.width}
                height={o.rect.height}
                align="center"
                verticalAlign="middle"
                fontSize={14}
                fontStyle="600"
                fontFamily={CANVAS_FONT_FAMILY}
                fill="#ffffff"
                direction="ltr"
              />
            </Group>
          ))}
      <LinksGroup area={area} />
      {/* A picture export shows the map, not the vote under way. */}
      {!exporting ? <VoteDots rects={layout.rects} direction={direction} /> : null}
      {!exporting ? <LockBadges rects={layout.rects} direction={direction} /> : null}
      {!exporting ? <PrivateMarks rects={layout.rects} /> : null}
      {/* Like the vote dots, the plan's badges are the workshop's working marks, not part of the picture. */}
      {!exporting ? <ActionBadges doc={doc} rects={layout.rects} area={area} /> : null}
    </BoardLayer>
  )
})
