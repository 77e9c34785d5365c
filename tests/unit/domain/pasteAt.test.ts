import { describe, expect, it } from 'vitest'
import { applyCommand, type CardId } from '../../../src/domain'
import { copyContent, pasteCommand } from '../../../src/domain/arrange'
import { cardLayout, type Point } from '../../../src/domain/layout'
import { buildSampleDoc } from './helpers'

function counter(prefix: string) {
  let n = 0
  return () => `${prefix}${++n}`
}

// A person copies cards and pastes where they point: the copy lands under the pointer, not under its original.
describe('paste where the person points', () => {
  it('puts grid cards into the cell under the pointer, keeping their lanes and steps apart', () => {
    const s = buildSampleDoc()
    const grid = cardLayout(s.doc).grid
    // advert sits in (touchpoints, sees); website in (touchpoints, compares): one step apart.
    const content = copyContent(s.doc, [s.cards.advert, s.cards.website])
    const lastRow = grid.rows.at(-1)!
    const column = grid.columns[1]!
    const at: Point = { x: column.x + column.width / 2, y: lastRow.y + 10 }
    const result = pasteCommand(s.doc, content, { center: { x: 0, y: 0 }, offset: 0, at, makeId: counter('p') })!
    const doc = applyCommand(s.doc, result.command)
    const advert = s.doc.cards[s.cards.advert]!.place
    const website = s.doc.cards[s.cards.website]!.place
    if (advert.kind !== 'cell' || website.kind !== 'cell') throw new Error('the sample cards sit in cells')
    const stepGap = grid.columns.findIndex((c) => c.stepId === website.stepId) - grid.columns.findIndex((c) => c.stepId === advert.stepId)
    expect(doc.cards['p1' as CardId]?.place).toMatchObject({ kind: 'cell', laneId: lastRow.laneId, stepId: column.stepId })
    expect(doc.cards['p2' as CardId]?.place).toMatchObject({ kind: 'cell', laneId: lastRow.laneId, stepId: grid.columns[1 + stepGap]!.stepId })
  })

  it('off the grid, grid cards become notes centred on the pointer', () => {
    const s = buildSampleDoc()
    const grid = cardLayout(s.doc).grid
    const at = { x: grid.width + 600, y: 300 }
    const content = copyContent(s.doc, [s.cards.advert])
    const result = pasteCommand(s.doc, content, { center: { x: 0, y: 0 }, offset: 0, at, makeId: counter('q') })!
    const place = applyCommand(s.doc, result.command).cards['q1' as CardId]!.place
    if (place.kind !== 'free') throw new Error(`expected a note, got ${place.kind}`)
    expect(place.x + place.width / 2).toBeCloseTo(at.x, -1)
    expect(place.y + place.height / 2).toBeCloseTo(at.y, -1)
  })

  it('moves free items to the pointer even when their original is in view', () => {
    const s = buildSampleDoc()
    const content = copyContent(s.doc, [s.cards.note])
    const original = s.doc.cards[s.cards.note]!.place
    if (original.kind !== 'free') throw new Error('the sample note is free')
    const at = { x: original.x + 900, y: original.y + 400 }
    const visible = { x: original.x - 100, y: original.y - 100, width: 3000, height: 2000 }
    const result = pasteCommand(s.doc, content, { center: { x: 0, y: 0 }, offset: 0, visible, at, makeId: counter('r') })!
    const place = applyCommand(s.doc, result.command).cards['r1' as CardId]!.place
    expect(place).toMatchObject({ kind: 'free', x: Math.round(at.x - original.width / 2), y: Math.round(at.y - original.height / 2) })
  })
})
