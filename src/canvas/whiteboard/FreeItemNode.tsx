import { Ellipse, Group, Rect, Text } from 'react-konva'
import type { Card, Direction } from '../../domain'
import { ACCENT, CANVAS_FONT_FAMILY, CARD_FONT_SIZE, CARD_LINE_HEIGHT, CARD_TEXT_PADDING, cardColors, TEXT_ITEM_FONT_SIZE, textDirection } from '../../drawing/cardStyle'

export function isShapedItem(card: Card): boolean {
  return card.place.kind === 'free' && card.shape !== 'note'
}

interface FreeItemNodeProps {
  readonly card: Card
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  readonly mapDirection: Direction
  readonly opacity: number
  /** A DOM text box covers the item while its text is edited. */
  readonly editing: boolean
  /** Drawn as the drag ghost: an accent outline shows it is in hand. */
  readonly ghost?: boolean
}

/** A text item, rectangle or ellipse on the free board; notes keep the sticky-note look of CardNode. */
export function FreeItemNode({ card, x, y, width, height, mapDirection, opacity, editing, ghost = false }: FreeItemNodeProps) {
  const colors = cardColors(card)
  const isText = card.shape === 'text'
  const { direction } = textDirection(card.text, mapDirection)
  // An ellipse's text stays inside the largest rect the ellipse holds.
  const inset = card.shape === 'ellipse' ? (1 - Math.SQRT1_2) / 2 : 0
  const outline = ghost ? { stroke: ACCENT, strokeWidth: 2, strokeScaleEnabled: false } : { stroke: colors.edge, strokeWidth: 2 }
  return (
    <Group x={x} y={y} opacity={opacity} listening={false}>
      {card.shape === 'rect' && <Rect width={width} height={height} fill={colors.fill} cornerRadius={4} {...outline} />}
      {card.shape === 'ellipse' && <Ellipse x={width / 2} y={height / 2} radiusX={width / 2} radiusY={height / 2} fill={colors.fill} {...outline} />}
      {isText && ghost && <Rect width={width} height={height} {...outline} dash={[6, 4]} />}
      {!editing && (
        <Text
          text={card.text}
          x={width * inset}
          y={height * inset}
          width={width * (1 - 2 * inset)}
          height={height * (1 - 2 * inset)}
          padding={isText ? 4 : CARD_TEXT_PADDING}
          fontSize={isText ? TEXT_ITEM_FONT_SIZE : CARD_FONT_SIZE}
          fontStyle={isText ? '600' : 'normal'}
          lineHeight={CARD_LINE_HEIGHT}
          fontFamily={CANVAS_FONT_FAMILY}
          fill={isText ? (card.color ?? '#111827') : colors.text}
          direction={direction}
          align={isText ? (direction === 'rtl' ? 'right' : 'left') : 'center'}
          verticalAlign={isText ? 'top' : 'middle'}
          wrap="word"
          ellipsis
        />
      )}
    </Group>
  )
}
