import type { TFunction } from 'i18next'
import type { ReactNode } from 'react'
import { Line, Text } from 'react-konva'
import type { Direction, JourneyDoc, PersonaId } from '../../domain'
import { EMOTION_LEVELS, levelToY } from '../../domain/emotion'
import { CANVAS_FONT_FAMILY, textDirection } from '../../drawing/cardStyle'
import { SHARED_CURVE_COLOR, type EmotionLaneFrame } from '../../drawing/emotionGeometry'
import { Face } from './Face'

// The emotion lane's part of the lane title column, drawn where the lane is (EmotionLayer) and on
// the lane titles pinned to the board's edge (PinnedHeaders): one drawing, so the two never disagree.

const INK = '#27272a'
export const FELT_DASH = undefined
export const INTENDED_DASH = [10, 7]

/** The colour of an owner's curves: the persona's, or the map's shared curve colour. */
export function curveColor(personas: JourneyDoc['personas'], owner: PersonaId | null): string {
  return (owner !== null ? personas[owner]?.color : undefined) ?? SHARED_CURVE_COLOR
}

/** A face per level at the title column's inner edge, and where the lane has room the felt / intended key under the title. */
export function emotionTitleShapes(frame: EmotionLaneFrame, color: string, mapDirection: Direction, t: TFunction, key: string): ReactNode[] {
  const shapes: ReactNode[] = EMOTION_LEVELS.map((level) => <Face key={`${key}:face${level}`} x={frame.faceX} y={levelToY(level, frame.band)} radius={frame.faceRadius} level={level} />)
  const box = frame.legend
  if (!box) return shapes
  const rtl = mapDirection === 'rtl'
  const sample = 26
  ;[
    { label: t('board.emotion.felt'), dash: FELT_DASH, width: 3 },
    { label: t('board.emotion.intended'), dash: INTENDED_DASH, width: 2.5 },
  ].forEach((item, i) => {
    const y = box.y + i * box.rowHeight + box.rowHeight / 2
    const sx = rtl ? box.x + box.width - sample : box.x
    const { direction, align } = textDirection(item.label, mapDirection)
    shapes.push(
      <Line key={`${key}:legendLine${i}`} points={[sx, y, sx + sample, y]} stroke={color} strokeWidth={item.width} dash={item.dash} lineCap="round" />,
      <Text
        key={`${key}:legendText${i}`}
        text={item.label}
        x={rtl ? box.x : box.x + sample + 8}
        y={y - box.rowHeight / 2}
        width={box.width - sample - 8}
        height={box.rowHeight}
        verticalAlign="middle"
        fontSize={14}
        fontFamily={CANVAS_FONT_FAMILY}
        fill={INK}
        direction={direction}
        align={align}
        wrap="none"
        ellipsis
      />,
    )
  })
  return shapes
}
