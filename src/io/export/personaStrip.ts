import { textDirection } from '../../drawing/cardStyle'
import { wrapText } from '../../drawing/textWrap'
import type { Direction, JourneyDoc } from '../../domain'
import { initials } from '../../domain/personaInitials'
import type { Rect } from '../../domain/layout'
import { cssFont, type Measure } from './svg/text'

/** A persona as the strip shows it: the name already given its "Unnamed persona" fallback. */
export interface StripEntry {
  readonly name: string
  readonly role: string
  readonly quote: string
  /** A data: URL (checked by the format), or null for initials on the persona's colour. */
  readonly photo: string | null
  readonly color: string
}

/** What the strip is made of, measured in the export's fonts. */
export interface PersonaStripSource {
  readonly entries: readonly StripEntry[]
  readonly direction: Direction
  readonly measure: Measure
}

/** One text of a card, already wrapped: every line is drawn, none is cut. */
export interface StripText {
  readonly text: string
  readonly lines: readonly string[]
  /** The column the lines sit in; the first line's top is `box.y`. */
  readonly box: Rect
  readonly fontSize: number
  readonly fontWeight: 'normal' | '600'
  readonly fill: string
  /** Line height as a factor of the font size. */
  readonly lineHeight: number
  readonly direction: Direction
  readonly align: 'left' | 'right'
}

export interface StripCard {
  readonly box: Rect
  readonly avatar: { readonly cx: number; readonly cy: number; readonly r: number; readonly photo: string | null; readonly color: string; readonly initials: string }
  readonly name: StripText
  readonly role: StripText | null
  readonly quote: StripText | null
  /** The bar along the quote's start side, as a blockquote has (no quotation marks: they differ by language). */
  readonly quoteBar: Rect | null
}

export interface PersonaStripLayout {
  /** The cards' area, without the gap under it. */
  readonly box: Rect
  readonly cards: readonly StripCard[]
}

export const STRIP_NAME_SIZE = 16
export const STRIP_ROLE_SIZE = 13
export const STRIP_QUOTE_SIZE = 14
const LINE_HEIGHT = 1.4
const PAD = 12
const AVATAR = 56
const AVATAR_GAP = 12
const CARD_GAP = 12
/** Between the strip and the grid below it. */
export const STRIP_BOTTOM_GAP = 20
/** Card widths tried in turn: the narrowest that holds the quote in two lines wins, else the widest shows it whole. */
export const CARD_WIDTHS = [320, 400, 480] as const
const QUOTE_LINES = 2
export const STRIP_INK = { name: '#18181b', role: '#52525b', quote: '#3f3f46', card: '#fafafa', edge: '#e4e4e7' } as const

/** The personas the map shows in its header, in their order; nothing when it shows none. */
export function stripEntries(doc: JourneyDoc, unnamed: string): StripEntry[] {
  return doc.map.personaIds.flatMap((id) => {
    const p = doc.personas[id]
    return p ? [{ name: p.name.trim() || unnamed, role: p.role.trim(), quote: p.quote.trim(), photo: p.photo, color: p.color }] : []
  })
}

/** The strip as an export shows it, or null when it shows none (not chosen, or no personas on the map). */
export function personaStripSource(doc: JourneyDoc, show: boolean, unnamed: string, measure: Measure): PersonaStripSource | null {
  const entries = show ? stripEntries(doc, unnamed) : []
  return entries.length > 0 ? { entries, direction: doc.map.direction, measure } : null
}

function wrapAll(text: string, width: number, fontSize: number, weight: 'normal' | '600', measure: Measure): string[] {
  const font = cssFont({ fontSize, fontWeight: weight })
  return wrapText(text, width, Number.POSITIVE_INFINITY, (s) => measure(s, font))
}

interface Sized {
  readonly entry: StripEntry
  readonly width: number
  readonly column: number
  readonly name: string[]
  readonly role: string[]
  readonly quote: string[]
  readonly height: number
}

/** A card's width and wrapped texts; its height holds every line. */
function sizeCard(entry: StripEntry, room: number, measure: Measure): Sized {
  const widths = CARD_WIDTHS.filter((w) => w <= room)
  const tries = widths.length > 0 ? widths : [Math.max(room, PAD * 2 + AVATAR + AVATAR_GAP + 40)]
  let sized: Sized | null = null
  for (const width of tries) {
    const column = width - 2 * PAD - AVATAR - AVATAR_GAP
    const name = wrapAll(entry.name, column, STRIP_NAME_SIZE, '600', measure)
    const role = entry.role ? wrapAll(entry.role, column, STRIP_ROLE_SIZE, 'normal', measure) : []
    const quote = entry.quote ? wrapAll(entry.quote, column - 10, STRIP_QUOTE_SIZE, 'normal', measure) : []
    const text = name.length * STRIP_NAME_SIZE * LINE_HEIGHT + role.length * STRIP_ROLE_SIZE * LINE_HEIGHT + (quote.length > 0 ? 6 + quote.length * STRIP_QUOTE_SIZE * LINE_HEIGHT : 0)
    sized = { entry, width, column, name, role, quote, height: Math.ceil(2 * PAD + Math.max(AVATAR, text)) }
    if (quote.length <= QUOTE_LINES) break
  }
  if (!sized) throw new Error('no card width to try')
  return sized
}

/** Cards in reading order, packed into rows no wider than `room` (a card wider than the room gets a row of its own). */
function rows(cards: readonly Sized[], room: number): Sized[][] {
  const out: Sized[][] = []
  let row: Sized[] = []
  let used = 0
  for (const card of cards) {
    const need = row.length === 0 ? card.width : used + CARD_GAP + card.width
    if (row.length > 0 && need > room) {
      out.push(row)
      row = [card]
      used = card.width
    } else {
      row.push(card)
      used = need
    }
  }
  if (row.length > 0) out.push(row)
  return out
}

function measureAll(source: PersonaStripSource, width: number): { cards: Sized[]; rows: Sized[][]; cardHeight: number } {
  const cards = source.entries.map((e) => sizeCard(e, width, source.measure))
  // All cards are as tall as the tallest, so the strip reads as one band.
  const cardHeight = Math.max(0, ...cards.map((c) => c.height))
  return { cards, rows: rows(cards, width), cardHeight }
}

/**
 * The strip's height laid out across `width`, with the gap under it; 0 without personas. Never
 * taller across a wider band (card widths only grow, rows only fill up): a PDF reserves it once
 * for its narrowest page.
 */
export function stripHeightAt(source: PersonaStripSource | null, width: number): number {
  if (!source || source.entries.length === 0) return 0
  const m = measureAll(source, width)
  return m.rows.length * m.cardHeight + (m.rows.length - 1) * CARD_GAP + STRIP_BOTTOM_GAP
}

function stripText(text: string, lines: readonly string[], box: Omit<Rect, 'height'>, fontSize: number, fontWeight: 'normal' | '600', fill: string, mapDirection: Direction): StripText {
  const { direction, align } = textDirection(text, mapDirection)
  return { text, lines, box: { ...box, height: lines.length * fontSize * LINE_HEIGHT }, fontSize, fontWeight, fill, lineHeight: LINE_HEIGHT, direction, align }
}

function placeCard(s: Sized, x: number, y: number, height: number, dir: Direction): StripCard {
  const rtl = dir === 'rtl'
  const r = AVATAR / 2
  const cx = rtl ? x + s.width - PAD - r : x + PAD + r
  const columnX = rtl ? x + PAD : x + PAD + AVATAR + AVATAR_GAP
  let top = y + PAD
  const name = stripText(s.entry.name, s.name, { x: columnX, y: top, width: s.column }, STRIP_NAME_SIZE, '600', STRIP_INK.name, dir)
  top += name.box.height
  const role = s.role.length > 0 ? stripText(s.entry.role, s.role, { x: columnX, y: top, width: s.column }, STRIP_ROLE_SIZE, 'normal', STRIP_INK.role, dir) : null
  top += role ? role.box.height + 6 : 6
  let quote: StripText | null = null
  let quoteBar: Rect | null = null
  if (s.quote.length > 0) {
    // The bar runs along the quote's reading start: the left in a left-to-right map, the right in a right-to-left one.
    quote = stripText(s.entry.quote, s.quote, { x: rtl ? columnX : columnX + 10, y: top, width: s.column - 10 }, STRIP_QUOTE_SIZE, 'normal', STRIP_INK.quote, dir)
    quoteBar = { x: rtl ? columnX + s.column - 3 : columnX, y: top + 2, width: 3, height: quote.box.height - 4 }
  }
  return { box: { x, y, width: s.width, height }, avatar: { cx, cy: y + PAD + r, r, photo: s.entry.photo, color: s.entry.color, initials: initials(s.entry.name) }, name, role, quote, quoteBar }
}

/**
 * The persona strip under the title and legend: a card per persona (photo or initials, name, role,
 * quote) in the map's order, from the left, or from the right in a right-to-left map, wrapping to
 * more rows when the band is narrow. Every line of every text is laid out: nothing is cut. The SVG
 * (and so the PDF and the preview) and the PNG draw exactly this. Null without personas.
 */
export function personaStripLayout(source: PersonaStripSource | null, at: { x: number; y: number; width: number }): PersonaStripLayout | null {
  if (!source || source.entries.length === 0) return null
  const m = measureAll(source, at.width)
  const rtl = source.direction === 'rtl'
  const cards: StripCard[] = []
  let y = at.y
  for (const row of m.rows) {
    let offset = 0
    for (const s of row) {
      const x = rtl ? at.x + at.width - offset - s.width : at.x + offset
      cards.push(placeCard(s, x, y, m.cardHeight, source.direction))
      offset += s.width + CARD_GAP
    }
    y += m.cardHeight + CARD_GAP
  }
  return { box: { x: at.x, y: at.y, width: at.width, height: y - CARD_GAP - at.y }, cards }
}
