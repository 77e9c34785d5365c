import { memo } from 'react'
import { Circle, Group, Path, Rect } from 'react-konva'
import type { CardId, Direction } from '../../domain'
import { NO_CONTROL } from '../../domain/facilitation'
import type { Rect as Box } from '../../domain/layout'
import { useAppStore } from '../../store'
import { useDrawnZoom } from '../drawnArea'

/** Board pixels at 100% zoom; grows when zoomed out (up to twice) so it stays readable. */
const SIZE = 22
const FILL = '#27272a'
const EDGE = '#ffffff'

/**
 * A small lock on each card the facilitator locked (issue 12), at the card's top inline-start
 * corner (the vote badge takes the other one). Participants see which cards they cannot move; the
 * facilitator sees what they locked (and still moves it).
 */
export const LockBadges = memo(function LockBadges({ rects, direction }: { rects: ReadonlyMap<CardId, Box>; direction: Direction }) {
  const locked = useAppStore((s) => (s.roomControl ?? s.facilitation.control ?? NO_CONTROL).lockedCardIds)
  const zoom = useDrawnZoom()
  if (locked.length === 0) return null
  const growth = Math.min(2, Math.max(1, zoom > 0 ? 1 / zoom : 1))
  const size = SIZE * growth
  const scale = size / 24
  return (
    <Group listening={false}>
      {locked.map((cardId) => {
        const rect = rects.get(cardId)
        if (!rect) return null
        const x = direction === 'rtl' ? rect.x + rect.width - size + size / 4 : rect.x - size / 4
        return (
          <Group key={cardId} x={x} y={rect.y - size / 4}>
            <Circle x={size / 2} y={size / 2} radius={size / 2} fill={FILL} stroke={EDGE} strokeWidth={1.5 * scale} shadowColor="#000000" shadowBlur={3} shadowOpacity={0.25} />
            {/* Lucide's lock, drawn on the 24-unit grid of the circle. */}
            <Group x={size * 0.2} y={size * 0.18} scaleX={scale * 0.6} scaleY={scale * 0.6}>
              <Rect x={3} y={11} width={18} height={11} cornerRadius={2} stroke={EDGE} strokeWidth={2.5} />
              <Path data="M7 11V7a5 5 0 0 1 10 0v4" stroke={EDGE} strokeWidth={2.5} lineCap="round" />
            </Group>
          </Group>
        )
      })}
    </Group>
  )
})
