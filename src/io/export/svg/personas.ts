import type { Direction } from '../../../domain'
import { STRIP_INK, type PersonaStripLayout, type StripCard, type StripText } from '../personaStrip'
import { escapeXml, n, textLinesSvg } from './text'

function linesSvg(t: StripText | null, dir: Direction): string {
  if (!t) return ''
  return textLinesSvg(t.text, t.lines, t.box, dir, { fontSize: t.fontSize, fontWeight: t.fontWeight, lineHeight: t.lineHeight, fill: t.fill, padding: 0, align: 'start', verticalAlign: 'top' })
}

/** The photo cut to a circle (the middle of a photo that is not square), or the initials on the persona's colour. */
function avatarSvg(card: StripCard, index: number, dir: Direction): string {
  const { cx, cy, r, photo, color } = card.avatar
  const ring = `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="none" stroke="${escapeXml(color)}" stroke-width="2"/>`
  if (photo) {
    const id = `persona-photo-${index}`
    return (
      `<clipPath id="${id}"><circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}"/></clipPath>` +
      `<image class="persona-photo" href="${escapeXml(photo)}" x="${n(cx - r)}" y="${n(cy - r)}" width="${n(2 * r)}" height="${n(2 * r)}" preserveAspectRatio="xMidYMid slice" clip-path="url(#${id})"/>` +
      ring
    )
  }
  const box = { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r }
  const letters = textLinesSvg(card.avatar.initials, [card.avatar.initials], box, dir, { fontSize: Math.round(r * 0.8), fontWeight: '600', lineHeight: 1.2, fill: '#ffffff', padding: 0, align: 'center', verticalAlign: 'middle' })
  return `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${escapeXml(color)}"/>${letters}`
}

/** The persona strip as the layout places it: one card each, every line of its texts written out. */
export function personaStripSvg(strip: PersonaStripLayout, dir: Direction): string {
  const cards = strip.cards.map((card, i) => {
    const b = card.box
    const bar = card.quoteBar ? `<rect x="${n(card.quoteBar.x)}" y="${n(card.quoteBar.y)}" width="${n(card.quoteBar.width)}" height="${n(card.quoteBar.height)}" rx="1.5" fill="${escapeXml(card.avatar.color)}"/>` : ''
    return (
      `<g class="persona">` +
      `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" rx="10" fill="${STRIP_INK.card}" stroke="${STRIP_INK.edge}" stroke-width="1"/>` +
      avatarSvg(card, i, dir) +
      linesSvg(card.name, dir) +
      linesSvg(card.role, dir) +
      bar +
      linesSvg(card.quote, dir) +
      '</g>'
    )
  })
  return `<g class="personas">${cards.join('')}</g>`
}
