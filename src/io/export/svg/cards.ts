import { CARD_FONT_SIZE, CARD_LINE_HEIGHT, CARD_RADIUS, CARD_TEXT_PADDING, cardColors, TEXT_ITEM_FONT_SIZE } from '../../../drawing/cardStyle'
import { ICON_GRID, touchpointIconPaths } from '../../../drawing/touchpointIcons'
import { cardTextBox, TOUCHPOINT_ICON_SIZE, TOUCHPOINT_TEAM_FONT_SIZE, touchpointFooterLayout } from '../../../drawing/touchpointLayout'
import { arrowHead, LINK_COLOR, placeLinks, pointAt } from '../../../drawing/linkGeometry'
import type { Card, CardId, JourneyDoc } from '../../../domain'
import { cardLayout, type Rect } from '../../../domain/layout'
import { intersects } from '../../../domain/cardHits'
import type { Translate } from './grid'
import { escapeXml, n, textBox, type Measure } from './text'

const HEAD = 13

/**
 * The channel and device icons and the team along a touchpoint card's bottom, placed by the same
 * footer layout the board's TouchpointFooter uses and stroked like it (lucide's 2-unit line, round).
 */
function touchpointFooterSvg(card: Card, r: Rect, dir: JourneyDoc['map']['direction'], color: string, measure: Measure): string {
  const team = card.team.trim()
  const paths = touchpointIconPaths(card)
  if (paths.length === 0 && !team) return ''
  const layout = touchpointFooterLayout(paths.length, team !== '', r.width, r.height, dir)
  const scale = TOUCHPOINT_ICON_SIZE / ICON_GRID
  const out = paths.map((d, i) => {
    const at = layout.icons[i]
    if (!at) return ''
    return `<path class="touchpoint-icon" transform="translate(${n(r.x + at.x)} ${n(r.y + at.y)}) scale(${n(scale)})" d="${d}" fill="none" stroke="${color}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`
  })
  if (layout.team) {
    const box = { x: r.x + layout.team.x, y: r.y + layout.team.y, width: layout.team.width, height: TOUCHPOINT_TEAM_FONT_SIZE * 1.2 }
    out.push(textBox(team, box, dir, { fontSize: TOUCHPOINT_TEAM_FONT_SIZE, fontWeight: '600', lineHeight: 1.2, fill: color, wrap: false, padding: 0, align: 'start', verticalAlign: 'middle', opacity: 0.8 }, measure))
  }
  return out.join('')
}
const LINK_LABEL_FONT = 14

function cardSvg(card: Card, r: Rect, doc: JourneyDoc, measure: Measure): string {
  const dir = doc.map.direction
  const colors = cardColors(card)
  const shaped = card.place.kind === 'free' && card.shape !== 'note'
  const base = { fontSize: CARD_FONT_SIZE, fontWeight: 'normal' as const, lineHeight: CARD_LINE_HEIGHT, fill: colors.text, wrap: true }
  if (!shaped) {
    const box = cardTextBox(card, r.width, r.height)
    const shape = `<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(r.width)}" height="${n(r.height)}" rx="${CARD_RADIUS}" fill="${colors.fill}" stroke="${colors.edge}" stroke-width="1.5"/>`
    const footer = touchpointFooterSvg(card, r, dir, colors.text, measure)
    const text = textBox(card.text, { x: r.x + box.x, y: r.y + box.y, width: box.width, height: box.height }, dir, { ...base, padding: box.padding, align: 'start', verticalAlign: 'top' }, measure)
    return `<g class="card">${shape}${text}${footer}</g>`
  }
  const isText = card.shape === 'text'
  let shape = ''
  if (card.shape === 'rect') shape = `<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(r.width)}" height="${n(r.height)}" rx="4" fill="${colors.fill}" stroke="${colors.edge}" stroke-width="2"/>`
  if (card.shape === 'ellipse') shape = `<ellipse cx="${n(r.x + r.width / 2)}" cy="${n(r.y + r.height / 2)}" rx="${n(r.width / 2)}" ry="${n(r.height / 2)}" fill="${colors.fill}" stroke="${colors.edge}" stroke-width="2"/>`
  const inset = card.shape === 'ellipse' ? (1 - Math.SQRT1_2) / 2 : 0
  const box = { x: r.x + r.width * inset, y: r.y + r.height * inset, width: r.width * (1 - 2 * inset), height: r.height * (1 - 2 * inset) }
  const text = textBox(
    card.text,
    box,
    dir,
    {
      ...base,
      fontSize: isText ? TEXT_ITEM_FONT_SIZE : CARD_FONT_SIZE,
      fontWeight: isText ? '600' : 'normal',
      fill: isText ? (card.color ?? '#111827') : colors.text,
      padding: isText ? 4 : CARD_TEXT_PADDING,
      align: isText ? 'start' : 'center',
      verticalAlign: isText ? 'top' : 'middle',
    },
    measure,
  )
  return `<g class="item">${shape}${text}</g>`
}

/** Cards in the layout's drawing order, "+N" markers of full cells, then the links over them. */
export function cardsSvg(doc: JourneyDoc, only: ReadonlySet<CardId> | null, t: Translate, measure: Measure, view?: Rect): string {
  const layout = cardLayout(doc)
  const out: string[] = []
  for (const id of layout.order) {
    if (only && !only.has(id)) continue
    const card = doc.cards[id]
    const r = layout.rects.get(id)
    if (card && r && (!view || intersects(r, view))) out.push(cardSvg(card, r, doc, measure))
  }
  if (!only) {
    for (const o of layout.overflow) {
      const r = o.rect
      out.push(
        `<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(r.width)}" height="${n(r.height)}" rx="${n(r.height / 2)}" fill="#3f3f46"/>`,
        `<text x="${n(r.x + r.width / 2)}" y="${n(r.y + r.height / 2)}" font-size="14" font-weight="600" fill="#ffffff" text-anchor="middle" dominant-baseline="central" direction="ltr">${escapeXml(t('board.overflow', { count: o.count }))}</text>`,
      )
    }
  }
  for (const link of placeLinks(doc, layout.rects)) {
    if (only && !(only.has(link.from) && only.has(link.to))) continue
    const p = link.path
    const [tip, a, b] = arrowHead(p, HEAD)
    const endX = ((a.x + b.x) / 2 + tip.x) / 2
    const endY = ((a.y + b.y) / 2 + tip.y) / 2
    out.push(
      `<path d="M${n(p.start.x)} ${n(p.start.y)}C${n(p.c1.x)} ${n(p.c1.y)} ${n(p.c2.x)} ${n(p.c2.y)} ${n(endX)} ${n(endY)}" fill="none" stroke="${LINK_COLOR}" stroke-width="2" stroke-linecap="round"/>`,
      `<polygon points="${n(tip.x)},${n(tip.y)} ${n(a.x)},${n(a.y)} ${n(b.x)},${n(b.y)}" fill="${LINK_COLOR}"/>`,
    )
    if (link.label.trim() !== '') {
      const mid = pointAt(p, 0.5)
      const font = `400 ${LINK_LABEL_FONT}px Inter, Vazirmatn, sans-serif`
      const w = measure(link.label, font) + 8
      const h = LINK_LABEL_FONT * 1.2 + 8
      const box = { x: mid.x - w / 2, y: mid.y - h / 2, width: w, height: h }
      out.push(
        `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(w)}" height="${n(h)}" rx="6" fill="#ffffff" stroke="${LINK_COLOR}" stroke-width="1"/>`,
        textBox(link.label, box, doc.map.direction, { fontSize: LINK_LABEL_FONT, fontWeight: 'normal', lineHeight: 1.2, fill: '#0f172a', padding: 0, align: 'center', verticalAlign: 'middle', wrap: false }, measure),
      )
    }
  }
  return `<g class="cards">${out.join('')}</g>`
}
