import { memo, useMemo } from 'react'
import { useStableTranslation } from '../../i18n/stableTranslation'
import { Group, Rect, Text } from 'react-konva'
import type { CardId, Direction } from '../../domain'
import type { Rect as Box } from '../../domain/layout'
import { formatNumber } from '../../i18n/format'
import { useAppStore } from '../../store'
import { useDrawnZoom } from '../drawnArea'
import { boardDots, useVoteCount } from '../../store/voteCount'
import { CANVAS_FONT_FAMILY } from '../../drawing/cardStyle'
import { VOTE_BADGE_EDGE, VOTE_BADGE_FILL, VOTE_BADGE_TEXT, voteBadgeLayout } from '../../drawing/voteBadge'

/**
 * The vote dots over the cards: the hands being counted, or the latest saved vote until the
 * facilitator hides them. Only cards with votes draw anything, and this node alone re-renders as
 * counts change, so the cards themselves never notice a vote.
 */
export const VoteDots = memo(function VoteDots({ rects, direction }: { rects: ReadonlyMap<CardId, Box>; direction: Direction }) {
  const { i18n } = useStableTranslation()
  const mapId = useAppStore((s) => s.doc?.map.id ?? null)
  const history = useAppStore((s) => s.facilitation.votes)
  const zoom = useDrawnZoom()
  const count = useVoteCount((s) => s.count)
  const hidden = useVoteCount((s) => s.hiddenDots)
  const dots = useMemo(() => boardDots(count, mapId, history, hidden), [count, mapId, history, hidden])
  if (!dots || dots.votes.size === 0) return null
  const language = i18n.language
  return (
    <Group listening={false}>
      {[...dots.votes].map(([cardId, votes]) => {
        const rect = rects.get(cardId)
        if (!rect) return null
        const label = formatNumber(votes, language)
        const badge = voteBadgeLayout(label, rect, direction, zoom)
        return (
          <Group key={cardId} x={rect.x + badge.x} y={rect.y + badge.y}>
            <Rect
              width={badge.width}
              height={badge.height}
              cornerRadius={badge.cornerRadius}
              fill={VOTE_BADGE_FILL}
              stroke={VOTE_BADGE_EDGE}
              strokeWidth={2 * (badge.height / 24)}
              shadowColor="#000000"
              shadowBlur={4}
              shadowOpacity={0.25}
              shadowOffsetY={1}
            />
            <Text
              text={label}
              width={badge.width}
              height={badge.height}
              align="center"
              verticalAlign="middle"
              fontSize={badge.fontSize}
              fontStyle="700"
              fontFamily={CANVAS_FONT_FAMILY}
              fill={VOTE_BADGE_TEXT}
              direction="ltr"
            />
          </Group>
        )
      })}
    </Group>
  )
})
