import { z } from 'zod'
import type { Card, Link, MapId } from '../../domain'
import { isSafeId } from '../../domain'
import type { ClipContent } from '../../domain/arrange'
import { cardSchema, linkSchema } from '../../format/schema'

/** Our own type on the system clipboard; plain text rides along for other apps. */
export const CLIPBOARD_MIME = 'application/x-journeyboard+json'
const PAYLOAD_TYPE = 'journeyboard/cards'
const PAYLOAD_VERSION = 1
/** A paste is one undo step and one render: a bound keeps a hostile clipboard from freezing the board. */
export const MAX_CLIP_CARDS = 2000
const MAX_CLIP_CHARS = 5_000_000

const rect = z.object({ x: z.number(), y: z.number(), width: z.number().positive(), height: z.number().positive() })

const payloadSchema = z.object({
  type: z.literal(PAYLOAD_TYPE),
  version: z.literal(PAYLOAD_VERSION),
  sourceMapId: z.string().min(1).max(64),
  cards: z.array(cardSchema).max(MAX_CLIP_CARDS),
  links: z.array(linkSchema).max(MAX_CLIP_CARDS * 4).default(() => []),
  rects: z.record(z.string(), rect).default(() => ({})),
})

export function serializeClip(content: ClipContent): string {
  return JSON.stringify({
    type: PAYLOAD_TYPE,
    version: PAYLOAD_VERSION,
    sourceMapId: content.sourceMapId,
    cards: content.cards,
    links: content.links,
    rects: content.rects,
  })
}

/**
 * What another window (or another map) put on the clipboard, or null for anything else: foreign
 * text, broken JSON, or cards that would not load from a file either. Never throws.
 */
export function parseClip(text: string): ClipContent | null {
  if (text.length === 0 || text.length > MAX_CLIP_CHARS) return null
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return null
  }
  const parsed = payloadSchema.safeParse(raw)
  if (!parsed.success) return null
  const { sourceMapId, rects } = parsed.data
  // The ids are re-keyed on paste, but they are still map keys until then: keep only safe ones.
  const cards = parsed.data.cards.filter((c) => isSafeId(c.id)).map((c) => c as unknown as Card)
  const ids = new Set<string>(cards.map((c) => c.id))
  const links = parsed.data.links.filter((l) => ids.has(l.from) && ids.has(l.to) && l.from !== l.to).map((l) => l as unknown as Link)
  const safeRects = Object.fromEntries(Object.entries(rects).filter(([id]) => ids.has(id)))
  return { sourceMapId: sourceMapId as MapId, cards, links, rects: safeRects }
}

/** What other apps get: the cards' text, one card per paragraph. */
export function clipText(content: ClipContent): string {
  return content.cards
    .map((c) => c.text.trim())
    .filter(Boolean)
    .join('\n\n')
}
