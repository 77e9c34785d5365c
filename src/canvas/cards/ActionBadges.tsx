import { memo } from 'react'
import { useStableTranslation } from '../../i18n/stableTranslation'
import { Group, Path, Rect, Text } from 'react-konva'
import type { CardId, JourneyDoc } from '../../domain'
import { type Rect as Box } from '../../domain/layout'
import { intersects } from '../../domain/cardHits'
import { CANVAS_FONT_FAMILY } from '../../drawing/cardStyle'
import { ACTION_BADGE_EDGE, ACTION_BADGE_FILL, ACTION_BADGE_TEXT, actionBadgeLayout } from '../../drawing/actionBadge'
import { formatNumber } from '../../i18n/format'
import { useDrawnZoom } from '../drawnArea'
import { badgeCounts } from './actionBadgeHits'

/**
 * A badge on each card that actions were made from, with how many: the map's way back to its
 * plan (a click on it is the board's actionBadge claim). Counted once per change of the actions,
 * drawn only for cards on screen, and this node alone re-renders as the plan changes.
 */
export const ActionBadges = memo(function ActionBadges({ doc, rects, area }: { doc: JourneyDoc; rects: ReadonlyMap<CardId, Box>; area: Box }) {
  const { i18n } = useStableTranslation()
  const zoom = useDrawnZoom()
  const counts = badgeCounts(doc)
  if (counts.size === 0) return null
  const language = i18n.language
  return (
    <Group listening={false}>
      {[...counts].map(([cardId, count]) => {
        const rect = rects.get(cardId)
        if (!rect || !intersects(rect, area)) return null
        // Laid out by the Latin count, as the hit test does; the text shows the language's digits.
        const badge = actionBadgeLayout(String(count), rect, zoom)
        const s = badge.scale
        return (
          <Group key={cardId} x={rect.x + badge.x} y={rect.y + badge.y}>
            <Rect
              width={badge.width}
              height={badge.height}
              cornerRadius={badge.height / 2}
              fill={ACTION_BADGE_FILL}
              stroke={ACTION_BADGE_EDGE}
              strokeWidth={1.5 * s}
              shadowColor="#000000"
              shadowBlur={3}
              shadowOpacity={0.25}
              shadowOffsetY={1}
            />
            <Path data="M6 10.5l3 3 6-7" x={0} y={0} scaleX={s * 0.9} scaleY={s * 0.9} stroke={ACTION_BADGE_TEXT} strokeWidth={2.2} lineCap="round" lineJoin="round" />
            <Text
              text={formatNumber(count, language)}
              x={13 * s}
              width={badge.width - 16 * s}
              height={badge.height}
              align="center"
              verticalAlign="middle"
              fontSize={badge.fontSize}
              fontStyle="700"
              fontFamily={CANVAS_FONT_FAMILY}
              fill={ACTION_BADGE_TEXT}
              direction="ltr"
            />
          </Group>
        )
      })}
    </Group>
  )
})
