import { describe, expect, it } from 'vitest'
import { applyCommand, createCard, createMap, createStarterDoc, newId, type Card, type CardId, type JourneyDoc, type WorkshopId } from '../../../src/domain'
import { alignCommand, copyContent, distributeCommand, duplicateCommand, pasteCommand, resizedPlace } from '../../../src/domain/arrange'
import { cardRects } from '../../../src/domain/layout'
import { actUndoRedo, buildSampleDoc, expectConsistent } from './helpers'

function counter(prefix: string) {
  let n = 0
  return () => `${prefix}${++n}`
}

function withFree(doc: JourneyDoc, places: readonly [number, number, number, number][]): { doc: JourneyDoc; ids: CardId[] } {
  const cards = places.map(([x, y, width, height], i) => createCard(doc.map.id, { kind: 'free', x, y, width, height }, { text: `Item ${i}`, shape: 'rect' }))
  return { doc: applyCommand(doc, { type: 'addCards', cards }), ids: cards.map((c) => c.id) }
}

function placeOf(doc: JourneyDoc, id: CardId) {
  return doc.cards[id]?.place
}

describe('copy and paste content', () => {
  it('copies the chosen cards and only the links among them', () => {
    const s = buildSampleDoc()
    const content = copyContent(s.doc, [s.cards.advert, s.cards.website, s.cards.formPain])
    expect(content.cards.map((c) => c.id)).toEqual([s.cards.advert, s.cards.website, s.cards.formPain])
    // formToDeclined leaves the copy: its other end stayed behind.
    expect(content.links.map((l) => l.id)).toEqual([s.links.advertToWebsite])
    expect(content.rects[s.cards.advert]).toEqual(cardRects(s.doc).get(s.cards.advert))
  })

  it('pastes into the same map as one batch with new ids, cells kept at the bottom of their stacks', () => {
    const s = buildSampleDoc()
    const content = copyContent(s.doc, [s.cards.advert, s.cards.website])
    const result = pasteCommand(s.doc, content, { center: { x: 0, y: 0 }, offset: 20, makeId: counter('p') })
    expect(result?.command.type).toBe('batch')
    const after = actUndoRedo(s.doc, result!.command, (doc) => {
      expectConsistent(doc)
      expect(Object.keys(doc.cards)).toHaveLength(9)
      const pasted = doc.cards['p1' as CardId]!
      expect(pasted.text).toBe('Instagram advert')
      // advert (rank 0) and flyer (rank 1) share the cell: the copy goes below both.
      expect(pasted.place).toMatchObject({ kind: 'cell', laneId: s.lanes.touchpoints, stepId: s.steps.sees, rank: 2 })
      expect(doc.cards['p2' as CardId]?.place).toMatchObject({ kind: 'cell', stepId: s.steps.compares, span: 2 })
      const link = doc.links['p3' as never]
      expect(link).toMatchObject({ from: 'p1', to: 'p2', label: 'clicks through' })
    })
    expect(result!.cardIds).toEqual(['p1', 'p2'])
    expect(after.cards[s.cards.advert]).toBe(s.doc.cards[s.cards.advert])
  })

  it('in another map, cards whose cell is missing become free notes in their drawn arrangement, centred on the view', () => {
    const s = buildSampleDoc()
    const content = copyContent(s.doc, [s.cards.advert, s.cards.flyer, s.cards.note])
    const target = createStarterDoc(createMap(newId<WorkshopId>(), 'Other', 0), { stages: ['A'], step: (n) => `S${n}`, lanes: [['touchpoints', 'T']] })
    const result = pasteCommand(target, content, { center: { x: 1000, y: 500 }, offset: 0, makeId: counter('q') })!
    const doc = applyCommand(target, result.command)
    expectConsistent(doc)
    const [advert, flyer, note] = (['q1', 'q2', 'q3'] as CardId[]).map((id) => doc.cards[id]) as [Card, Card, Card]
    expect([advert, flyer, note].map((c) => c.place.kind)).toEqual(['free', 'free', 'free'])
    const rects = cardRects(s.doc)
    const a = rects.get(s.cards.advert)!
    const f = rects.get(s.cards.flyer)!
    const pa = advert.place as Extract<Card['place'], { kind: 'free' }>
    const pf = flyer.place as Extract<Card['place'], { kind: 'free' }>
    expect([pf.x - pa.x, pf.y - pa.y]).toEqual([Math.round(f.x) - Math.round(a.x), Math.round(f.y) - Math.round(a.y)])
    expect([pa.width, pa.height]).toEqual([a.width, a.height])
    expect(advert.shape).toBe('note')
    // Personas and jobs of the source workshop do not exist in the target.
    expect(advert.personaIds).toEqual([])
    expect(advert.mapId).toBe(target.map.id)
  })

  it('free items keep their place plus the offset when they are on screen, and come to the centre when not', () => {
    const base = createStarterDoc(createMap(newId<WorkshopId>(), 'M', 0), { stages: ['A'], step: (n) => `S${n}`, lanes: [['touchpoints', 'T']] })
    const { doc, ids } = withFree(base, [[-400, 0, 100, 50]])
    const content = copyContent(doc, ids)
    const onScreen = pasteCommand(doc, content, { center: { x: 0, y: 0 }, offset: 20, visible: { x: -500, y: -100, width: 800, height: 600 }, makeId: counter('r') })!
    expect(placeOf(applyCommand(doc, onScreen.command), 'r1' as CardId)).toMatchObject({ x: -380, y: 20, width: 100, height: 50 })
    const offScreen = pasteCommand(doc, content, { center: { x: 2000, y: 1000 }, offset: 0, visible: { x: 1500, y: 700, width: 800, height: 600 }, makeId: counter('r') })!
    expect(placeOf(applyCommand(doc, offScreen.command), 'r1' as CardId)).toMatchObject({ x: 1950, y: 975 })
    const pasted = applyCommand(doc, offScreen.command).cards['r1' as CardId]
    expect(pasted?.shape).toBe('rect')
  })

  it('pastes nothing for empty content', () => {
    const s = buildSampleDoc()
    expect(pasteCommand(s.doc, copyContent(s.doc, []), { center: { x: 0, y: 0 }, offset: 0 })).toBeNull()
  })

  it('duplicate copies links among the selection and shifts free items by the offset', () => {
    const s = buildSampleDoc()
    const result = duplicateCommand(s.doc, [s.cards.note, s.cards.formPain, s.cards.cardDeclined], 20, counter('d'))!
    actUndoRedo(s.doc, result.command, (doc) => {
      expect(placeOf(doc, 'd1' as CardId)).toEqual({ kind: 'free', x: 60, y: 920, width: 200, height: 120 })
      expect(Object.values(doc.links).filter((l) => l.from === 'd2' && l.to === 'd3')).toHaveLength(1)
    })
  })
})

describe('align and distribute', () => {
  const base = createStarterDoc(createMap(newId<WorkshopId>(), 'M', 0), { stages: ['A'], step: (n) => `S${n}`, lanes: [['touchpoints', 'T']] })

  it('aligns free items on each edge and centre line of their bounds, as one undo step', () => {
    const { doc, ids } = withFree(base, [
      [-500, 10, 100, 40],
      [-300, 100, 50, 80],
    ])
    const expectations = {
      left: [-500, -500],
      centre: [-425, -400],
      right: [-350, -300],
    } as const
    for (const [edge, xs] of Object.entries(expectations)) {
      const cmd = alignCommand(doc, ids, edge as keyof typeof expectations)
      const after = actUndoRedo(doc, cmd!, () => undefined)
      expect(ids.map((id) => (placeOf(after, id) as { x: number }).x)).toEqual(xs)
    }
    const top = applyCommand(doc, alignCommand(doc, ids, 'top')!)
    expect(ids.map((id) => (placeOf(top, id) as { y: number }).y)).toEqual([10, 10])
    const middle = applyCommand(doc, alignCommand(doc, ids, 'middle')!)
    expect(ids.map((id) => (placeOf(middle, id) as { y: number }).y)).toEqual([75, 55])
    const bottom = applyCommand(doc, alignCommand(doc, ids, 'bottom')!)
    expect(ids.map((id) => (placeOf(bottom, id) as { y: number }).y)).toEqual([140, 100])
  })

  it('leaves cell cards alone and needs two free items', () => {
    const s = buildSampleDoc()
    expect(alignCommand(s.doc, [s.cards.advert, s.cards.website, s.cards.note], 'left')).toBeNull()
    const { doc, ids } = withFree(base, [
      [0, 0, 10, 10],
      [0, 50, 10, 10],
    ])
    expect(alignCommand(doc, ids, 'left')).toBeNull()
  })

  it('distributes three or more items with equal gaps, outermost ones fixed', () => {
    const { doc, ids } = withFree(base, [
      [-1000, 0, 100, 50],
      [-880, 0, 40, 50],
      [-600, 0, 100, 50],
    ])
    const cmd = distributeCommand(doc, ids, 'horizontal')!
    const after = actUndoRedo(doc, cmd, () => undefined)
    expect(ids.map((id) => (placeOf(after, id) as { x: number }).x)).toEqual([-1000, -770, -600])
    expect(distributeCommand(after, ids, 'horizontal')).toBeNull()
    expect(distributeCommand(doc, ids.slice(0, 2), 'vertical')).toBeNull()
  })
})

describe('resizedPlace', () => {
  const place = { kind: 'free', x: 100, y: 100, width: 200, height: 100 } as const
  it('keeps the opposite corner still', () => {
    expect(resizedPlace(place, 'se', 50, 20)).toEqual({ ...place, width: 250, height: 120 })
    expect(resizedPlace(place, 'nw', 50, 20)).toEqual({ ...place, x: 150, y: 120, width: 150, height: 80 })
    expect(resizedPlace(place, 'ne', -20, -30)).toEqual({ ...place, y: 70, width: 180, height: 130 })
  })
  it('never shrinks below the minimum size, even when dragged past the other corner', () => {
    expect(resizedPlace(place, 'sw', 500, -500)).toEqual({ ...place, x: 276, width: 24, height: 24 })
  })
})
