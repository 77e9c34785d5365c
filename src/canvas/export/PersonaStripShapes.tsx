import { Circle, Group, Image as KonvaImage, Rect, Text } from 'react-konva'
import { CANVAS_FONT_FAMILY, textDirection } from '../../drawing/cardStyle'
import type { Direction } from '../../domain'
import { STRIP_INK, type PersonaStripLayout, type StripCard, type StripText } from '../../io/export/personaStrip'

/** Each line on its own, as the layout wrapped it, so the PNG breaks lines exactly where the SVG does. */
function Lines({ text }: { text: StripText | null }) {
  if (!text) return null
  const lh = text.fontSize * text.lineHeight
  return text.lines.map((line, i) => (
    <Text
      key={i}
      text={line}
      x={text.box.x}
      y={text.box.y + i * lh}
      width={text.box.width}
      height={lh}
      fontSize={text.fontSize}
      fontStyle={text.fontWeight === '600' ? '600' : 'normal'}
      fontFamily={CANVAS_FONT_FAMILY}
      lineHeight={text.lineHeight}
      verticalAlign="middle"
      fill={text.fill}
      direction={text.direction}
      align={text.align}
      wrap="none"
    />
  ))
}

/** The photo cut to a circle (a photo that is not square shows its middle), or the initials on the persona's colour. */
function Avatar({ card, photo, direction }: { card: StripCard; photo: HTMLImageElement | undefined; direction: Direction }) {
  const { cx, cy, r, color, initials } = card.avatar
  if (photo) {
    const w = photo.naturalWidth
    const h = photo.naturalHeight
    const side = Math.min(w, h)
    return (
      <>
        <Group clipFunc={(ctx) => ctx.arc(cx, cy, r, 0, Math.PI * 2, false)}>
          <KonvaImage image={photo} x={cx - r} y={cy - r} width={2 * r} height={2 * r} crop={{ x: (w - side) / 2, y: (h - side) / 2, width: side, height: side }} />
        </Group>
        <Circle x={cx} y={cy} radius={r} stroke={color} strokeWidth={2} />
      </>
    )
  }
  return (
    <>
      <Circle x={cx} y={cy} radius={r} fill={color} stroke={color} strokeWidth={2} />
      <Text text={initials} x={cx - r} y={cy - r} width={2 * r} height={2 * r} fontSize={Math.round(r * 0.8)} fontStyle="600" fontFamily={CANVAS_FONT_FAMILY} lineHeight={1.2} align="center" verticalAlign="middle" fill="#ffffff" direction={textDirection(initials, direction).direction} wrap="none" />
    </>
  )
}

/** The persona strip of the export's header, from the same layout the SVG draws (src/io/export/personaStrip.ts). */
export function PersonaStripShapes({ strip, direction, photos }: { strip: PersonaStripLayout; direction: Direction; photos: ReadonlyMap<string, HTMLImageElement> }) {
  return strip.cards.map((card, i) => (
    <Group key={i}>
      <Rect {...card.box} cornerRadius={10} fill={STRIP_INK.card} stroke={STRIP_INK.edge} strokeWidth={1} />
      <Avatar card={card} photo={card.avatar.photo ? photos.get(card.avatar.photo) : undefined} direction={direction} />
      <Lines text={card.name} />
      <Lines text={card.role} />
      {card.quoteBar && <Rect {...card.quoteBar} cornerRadius={1.5} fill={card.avatar.color} />}
      <Lines text={card.quote} />
    </Group>
  ))
}
