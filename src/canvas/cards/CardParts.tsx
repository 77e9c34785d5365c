import { Rect } from 'react-konva'
import { CardText } from './cardText'
import type { Card, Direction } from '../../domain'
import type { Rect as Box } from '../../domain/layout'
import { CANVAS_FONT_FAMILY, CARD_FONT_SIZE, CARD_LINE_HEIGHT, CARD_RADIUS, textDirection } from '../../drawing/cardStyle'
import { TouchpointFooter } from './TouchpointFooter'
import { cardTextBox } from '../../drawing/touchpointLayout'

interface CardContentProps {
  readonly card: Card
  readonly width: number
  readonly height: number
  readonly mapDirection: Direction
  readonly color: string
  /** False while a DOM text box covers the card. */
  readonly showText?: boolean
}

/**
 * A sticky note's text and touchpoint footer, inside a group at the card's corner. The board's
 * card and its drag ghost both draw this, so the ghost looks like the card it carries.
 */
export function CardContent({ card, width, height, mapDirection, color, showText = true }: CardContentProps) {
  const { direction, align } = textDirection(card.text, mapDirection)
  return (
    <>
      {showText && (
        <CardText
          text={card.text}
          {...cardTextBox(card, width, height)}
          fontSize={CARD_FONT_SIZE}
          lineHeight={CARD_LINE_HEIGHT}
          fontFamily={CANVAS_FONT_FAMILY}
          fill={color}
          direction={direction}
          align={align}
          wrap="word"
          ellipsis
        />
      )}
      <TouchpointFooter card={card} width={width} height={height} mapDirection={mapDirection} color={color} />
    </>
  )
}

interface CardOutlineProps {
  readonly rect: Box
  readonly color: string
  readonly width: number
  /** Board pixels between the card's edge and the outline. */
  readonly pad: number
  readonly dash?: boolean
}

/** A rounded ring just outside a card (hover, selection, an arrow's target); never a hit target. */
export function CardOutline({ rect, color, width, pad, dash = false }: CardOutlineProps) {
  return (
    <Rect
      x={rect.x - pad}
      y={rect.y - pad}
      width={rect.width + 2 * pad}
      height={rect.height + 2 * pad}
      cornerRadius={CARD_RADIUS + pad}
      stroke={color}
      strokeWidth={width}
      strokeScaleEnabled={false}
      dash={dash ? [6, 4] : undefined}
      listening={false}
    />
  )
}
