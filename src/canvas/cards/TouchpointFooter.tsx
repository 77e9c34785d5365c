import type Konva from 'konva'
import { Shape, Text } from 'react-konva'
import type { Card, Direction } from '../../domain'
import { CANVAS_FONT_FAMILY, textDirection } from '../../drawing/cardStyle'
import { ICON_GRID, touchpointIconPaths } from '../../drawing/touchpointIcons'
import { iconPath2D } from './icons'
import { TOUCHPOINT_ICON_SIZE, TOUCHPOINT_TEAM_FONT_SIZE, touchpointFooterLayout } from '../../drawing/touchpointLayout'

interface TouchpointFooterProps {
  readonly card: Card
  readonly width: number
  readonly height: number
  readonly mapDirection: Direction
  readonly color: string
}

/** The channel and device icons and the owning team along the bottom of a touchpoint card. */
export function TouchpointFooter({ card, width, height, mapDirection, color }: TouchpointFooterProps) {
  const team = card.team.trim()
  const paths = touchpointIconPaths(card)
  if (paths.length === 0 && !team) return null
  const layout = touchpointFooterLayout(paths.length, !!team, width, height, mapDirection)
  const teamText = layout.team && textDirection(team, mapDirection)
  // One shape for every icon keeps a touchpoint card at a handful of nodes.
  const drawIcons = (context: Konva.Context) => {
    const c = context._context
    const scale = TOUCHPOINT_ICON_SIZE / ICON_GRID
    c.save()
    c.strokeStyle = color
    c.lineWidth = 2
    c.lineCap = 'round'
    c.lineJoin = 'round'
    paths.forEach((data, i) => {
      const at = layout.icons[i]
      if (!at) return
      c.save()
      c.translate(at.x, at.y)
      c.scale(scale, scale)
      c.stroke(iconPath2D(data))
      c.restore()
    })
    c.restore()
  }
  return (
    <>
      {paths.length > 0 && <Shape sceneFunc={drawIcons} listening={false} perfectDrawEnabled={false} />}
      {layout.team && teamText && (
        <Text
          x={layout.team.x}
          y={layout.team.y}
          width={layout.team.width}
          text={team}
          fontSize={TOUCHPOINT_TEAM_FONT_SIZE}
          fontStyle="600"
          fontFamily={CANVAS_FONT_FAMILY}
          fill={color}
          opacity={0.8}
          direction={teamText.direction}
          align={mapDirection === 'rtl' ? 'right' : 'left'}
          wrap="none"
          ellipsis
          listening={false}
        />
      )}
    </>
  )
}
