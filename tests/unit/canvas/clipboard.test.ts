import { beforeEach, describe, expect, it } from 'vitest'
import { applyCommand, createMap, createStarterDoc, newId, type CardId, type WorkshopId } from '../../../src/domain'
import { copyContent } from '../../../src/domain/arrange'
import { clearClipboard, clipToPaste, copyCards, pasteInto, PASTE_STEP } from '../../../src/canvas/clipboard/clipboard'
import { clipText, parseClip, serializeClip } from '../../../src/canvas/clipboard/payload'
import { buildSampleDoc } from '../domain/helpers'

const view = { center: { x: 0, y: 0 }, visible: { x: -2000, y: -2000, width: 6000, height: 6000 } }

describe('clipboard payload', () => {
  it('round-trips cards, links and drawn rects through JSON', () => {
    const s = buildSampleDoc()
    const content = copyContent(s.doc, [s.cards.advert, s.cards.website, s.cards.note])
    const parsed = parseClip(serializeClip(content))
    expect(parsed).toEqual(content)
    expect(clipText(content)).toBe('Instagram advert\n\nWebsite comparison table\n\nAsk legal about KYC')
  })

  it('ignores malformed or foreign clipboard text without throwing', () => {
    const s = buildSampleDoc()
    const good = JSON.parse(serializeClip(copyContent(s.doc, [s.cards.advert]))) as Record<string, unknown>
    const bad = [
      '',
      'Just some text from an email',
      '{"type":"journeyboard/cards"',
      'null',
      '[]',
      JSON.stringify({ ...good, version: 99 }),
      JSON.stringify({ ...good, cards: [{ id: 'x', place: { kind: 'free', x: 'a' } }] }),
      JSON.stringify({ ...good, type: 'something-else' }),
      '{"a":'.repeat(5000),
    ]
    for (const text of bad) expect(() => parseClip(text)).not.toThrow()
    for (const text of bad) expect(parseClip(text), text.slice(0, 40)).toBeNull()
  })

  it('drops links whose other end was not copied, and cards with ids that cannot be keys', () => {
    const s = buildSampleDoc()
    const content = copyContent(s.doc, [s.cards.advert, s.cards.website])
    const raw = JSON.parse(serializeClip(content)) as { cards: { id: string }[]; links: { from: string; to: string; id: string }[] }
    raw.links.push({ ...raw.links[0]!, id: 'dangling', to: 'not-copied' })
    raw.cards.push({ ...raw.cards[0]!, id: '__proto__' })
    const parsed = parseClip(JSON.stringify(raw))!
    expect(parsed.links.map((l) => l.id)).toEqual([s.links.advertToWebsite])
    expect(parsed.cards.map((c) => c.id)).toEqual([s.cards.advert, s.cards.website])
  })
})

describe('copy and paste', () => {
  beforeEach(clearClipboard)

  it('re-keys every card and link, and steps each further paste into the same map', () => {
    const s = buildSampleDoc()
    const copied = copyCards(s.doc, [s.cards.note, s.cards.formPain, s.cards.cardDeclined])!
    const content = clipToPaste(copied.json, copied.text)!
    const first = pasteInto(s.doc, content, view)!
    const once = applyCommand(s.doc, first.command)
    const second = pasteInto(once, clipToPaste(copied.json, copied.text)!, view)!
    const twice = applyCommand(once, second.command)
    for (const id of [...first.cardIds, ...second.cardIds]) expect(Object.keys(s.doc.cards)).not.toContain(id)
    expect(new Set([...first.cardIds, ...second.cardIds]).size).toBe(6)
    expect(Object.keys(twice.links)).toHaveLength(4)
    const noteCopies = [first.cardIds[0], second.cardIds[0]].map((id) => twice.cards[id as CardId]?.place)
    expect(noteCopies).toEqual([
      { kind: 'free', x: 40 + PASTE_STEP, y: 900 + PASTE_STEP, width: 200, height: 120 },
      { kind: 'free', x: 40 + 2 * PASTE_STEP, y: 900 + 2 * PASTE_STEP, width: 200, height: 120 },
    ])
  })

  it('pastes into another map from the in-app clipboard when the system clipboard gives nothing back', () => {
    const s = buildSampleDoc()
    const copied = copyCards(s.doc, [s.cards.advert, s.cards.website])!
    const other = createStarterDoc(createMap(newId<WorkshopId>(), 'Other', 0), { stages: ['A'], step: (n) => `S${n}`, lanes: [['touchpoints', 'T']] })
    const content = clipToPaste(null, null)!
    const result = pasteInto(other, content, { center: { x: 800, y: 600 }, visible: view.visible })!
    const doc = applyCommand(other, result.command)
    const pasted = result.cardIds.map((id) => doc.cards[id])
    expect(pasted.map((c) => c?.text)).toEqual(['Instagram advert', 'Website comparison table'])
    expect(pasted.every((c) => c?.place.kind === 'free' && c.mapId === other.map.id)).toBe(true)
    expect(Object.values(doc.links)).toEqual([expect.objectContaining({ from: result.cardIds[0], to: result.cardIds[1], label: 'clicks through' })])
    // Our own text on the system clipboard means the in-app copy is current; foreign text does not.
    expect(clipToPaste(null, copied.text)).toBe(content)
    expect(clipToPaste(null, 'Copied from somewhere else')).toBeNull()
    expect(clipToPaste('{broken', null)).toBeNull()
  })

  it('a cut pasted back into its map lands where it was', () => {
    const s = buildSampleDoc()
    const copied = copyCards(s.doc, [s.cards.note], true)!
    const without = applyCommand(s.doc, { type: 'deleteCards', cardIds: [s.cards.note] })
    const result = pasteInto(without, clipToPaste(copied.json, copied.text)!, view)!
    expect(applyCommand(without, result.command).cards[result.cardIds[0] as CardId]?.place).toEqual({ kind: 'free', x: 40, y: 900, width: 200, height: 120 })
  })
})
