import type { CardId, JourneyDoc, MapId } from '../../domain'
import { copyContent, pasteCommand, type ClipContent, type PasteResult } from '../../domain/arrange'
import type { Point, Rect } from '../../domain/layout'
import { clipText, parseClip, serializeClip } from './payload'

/** Board pixels between a pasted copy and the one before it, so a copy never hides exactly under its original. */
export const PASTE_STEP = 20

interface Held {
  readonly content: ClipContent
  /** The plain text we also put on the system clipboard: seeing it again there means the clipboard is still ours. */
  readonly text: string
  /** A cut leaves no original behind, so the first paste back into its map needs no offset. */
  readonly cut: boolean
  /** Pastes so far, per target map, to step each further copy. */
  readonly pastes: Map<MapId, number>
}

/**
 * The in-app clipboard. The system clipboard carries the same payload for other windows; this one
 * also works where the system clipboard gives nothing back (a denied permission, a stripped type).
 */
let held: Held | null = null

export interface CopiedData {
  readonly json: string
  readonly text: string
}

export function copyCards(doc: JourneyDoc, ids: readonly CardId[], cut = false): CopiedData | null {
  const content = copyContent(doc, ids)
  if (content.cards.length === 0) return null
  const text = clipText(content)
  held = { content, text, cut, pastes: new Map() }
  return { json: serializeClip(content), text }
}

/**
 * What to paste: our payload from the system clipboard when it is there, else the in-app copy when
 * the system clipboard still shows our text (or nothing at all). Foreign text gives null.
 */
export function clipToPaste(systemJson: string | null, systemText: string | null): ClipContent | null {
  if (systemJson) {
    const parsed = parseClip(systemJson)
    if (!parsed) return null
    if (held && serializeClip(held.content) === systemJson) return held.content
    held = { content: parsed, text: clipText(parsed), cut: false, pastes: new Map() }
    return parsed
  }
  if (systemText) {
    const parsed = parseClip(systemText)
    if (parsed) return parsed
    return held && held.text === systemText ? held.content : null
  }
  return held?.content ?? null
}

export interface PasteTarget {
  readonly center: Point
  readonly visible: Rect
  /** Where the person points (see PasteOptions.at); without it the copy stays by its original. */
  readonly at?: Point
}

/** The batch that pastes `content` into `doc`, each repeated paste one step further along. */
export function pasteInto(doc: JourneyDoc, content: ClipContent, target: PasteTarget): PasteResult | null {
  const mine = held?.content === content ? held : null
  const count = mine?.pastes.get(doc.map.id) ?? 0
  const sameMap = content.sourceMapId === doc.map.id
  // A copy put where the person points is not on its original: only repeats there need stepping apart.
  const first = sameMap && !mine?.cut && !target.at ? 1 : 0
  const result = pasteCommand(doc, content, { center: target.center, visible: target.visible, at: target.at, offset: (count + first) * PASTE_STEP })
  if (result && mine) mine.pastes.set(doc.map.id, count + 1)
  return result
}

/** For tests: forget what was copied. */
export function clearClipboard(): void {
  held = null
}
