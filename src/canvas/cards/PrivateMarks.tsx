import { memo } from 'react'
import { useStableTranslation } from '../../i18n/stableTranslation'
import { Group, Rect, Text } from 'react-konva'
import type { CardId } from '../../domain'
import type { Rect as Box } from '../../domain/layout'
import { CANVAS_FONT_FAMILY } from '../../drawing/cardStyle'
import { useDrawnZoom } from '../drawnArea'
import { usePrivateCardIds } from '../../store/privateCards'

/** Private writing's colour: not a sentiment's, so a private card never reads as a feeling. */
const PRIVATE_EDGE = '#6d28d9'

/**
 * The private look over this participant's private cards (held by the host until the reveal): a
 * dashed frame and a tag saying only they see it. Drawn over the cards, like the vote dots, so
 * the cards themselves never change.
 */
export const PrivateMarks = memo(function PrivateMarks({ rects }: { rects: ReadonlyMap<CardId, Box> }) {
  const { t } = useStableTranslation()
  const ids = usePrivateCardIds()
  const zoom = useDrawnZoom()
  if (ids.size === 0) return null
  // The tag keeps a readable size on screen whatever the zoom.
  const scale = 1 / Math.max(0.4, Math.min(zoom, 2))
  const label = t('room.private.mark')
  const fontSize = 11 * scale
  const tagHeight = 16 * scale
  const tagWidth = (label.length * 6.5 + 12) * scale
  return (
    <Group listening={false}>
      {[...ids].map((id) => {
        const rect = rects.get(id as CardId)
        if (!rect) return null
        return (
          <Group key={id} x={rect.x} y={rect.y}>
            <Rect x={-3} y={-3} width={rect.width + 6} height={rect.height + 6} cornerRadius={8} stroke={PRIVATE_EDGE} strokeWidth={2 * scale} dash={[6 * scale, 4 * scale]} />
            <Rect x={4} y={-tagHeight / 2 - 3} width={tagWidth} height={tagHeight} cornerRadius={tagHeight / 2} fill={PRIVATE_EDGE} />
            <Text x={4} y={-tagHeight / 2 - 3} width={tagWidth} height={tagHeight} text={label} align="center" verticalAlign="middle" fontSize={fontSize} fontStyle="600" fontFamily={CANVAS_FONT_FAMILY} fill="#ffffff" />
          </Group>
        )
      })}
    </Group>
  )
})
