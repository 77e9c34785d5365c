import { describe, expect, it } from 'vitest'
import { LIMITS, loadEnvelope, parseJourneyFile } from '../../../src/format'
import { expectLoaded, fixtureText, repairOf, sampleFile } from './helpers'

/*
 * Tolerant loading: one bad value costs that value, never the map. Each case breaks one field of
 * the sample file (8 cards, 4 lanes, 3 stages) and checks the field was repaired and reported and
 * that every other record is still there.
 */

const card = (loaded: ReturnType<typeof expectLoaded>, id: string) => loaded.doc.cards[id as keyof typeof loaded.doc.cards]!

describe('a bad value in one field is repaired, reported, and costs nothing else', () => {
  it('a sentiment the app does not know ("happy") becomes neutral', () => {
    const file = sampleFile()
    file.document.cards[0].sentiment = 'happy'
    const loaded = expectLoaded(loadEnvelope(file))
    expect(card(loaded, 'card-apple-pay').sentiment).toBe('neutral')
    expect(card(loaded, 'card-apple-pay').text).toBe('Pays with one tap')
    expect(repairOf(loaded, 'resetFields')).toMatchObject({ count: 1, where: ['cards[0].sentiment'] })
    expect(Object.keys(loaded.doc.cards)).toHaveLength(8)
  })

  it('a colour "red" falls back to the stage colour default', () => {
    const file = sampleFile()
    file.document.stages[0].color = 'red'
    const loaded = expectLoaded(loadEnvelope(file))
    expect(Object.values(loaded.doc.stages).map((s) => s.color)).not.toContain('red')
    expect(repairOf(loaded, 'resetFields')?.count).toBe(1)
    expect(Object.keys(loaded.doc.stages)).toHaveLength(3)
  })

  it('an unknown lane kind becomes a text lane and keeps its cards', () => {
    const file = sampleFile()
    file.document.lanes[1].kind = 'swimlane'
    const loaded = expectLoaded(loadEnvelope(file))
    expect(loaded.doc.lanes['lane-actions' as keyof typeof loaded.doc.lanes]?.kind).toBe('text')
    expect(card(loaded, 'card-apple-pay').place).toMatchObject({ laneId: 'lane-actions' })
    expect(repairOf(loaded, 'resetFields')?.count).toBeGreaterThanOrEqual(1)
  })

  it('a missing lane kind is repaired the same way', () => {
    const file = sampleFile()
    delete file.document.lanes[1].kind
    expect(expectLoaded(loadEnvelope(file)).doc.lanes['lane-actions' as never]).toMatchObject({ kind: 'text' })
  })

  it('a text that is a number becomes that number as text', () => {
    const file = sampleFile()
    file.document.cards[0].text = 42
    const loaded = expectLoaded(loadEnvelope(file))
    expect(card(loaded, 'card-apple-pay').text).toBe('42')
    expect(repairOf(loaded, 'resetFields')?.where).toEqual(['cards[0].text'])
  })

  it('a card text past the limit is cut to it, not refused (the map that locked people out)', () => {
    const file = sampleFile()
    file.document.cards[0].text = 'x'.repeat(LIMITS.stringLength + 50_000)
    const loaded = expectLoaded(loadEnvelope(file))
    expect(card(loaded, 'card-apple-pay').text).toHaveLength(LIMITS.stringLength)
    expect(repairOf(loaded, 'cutTexts')).toMatchObject({ count: 1, where: ['cards[0].text'] })
  })

  it('cuts a long text without splitting an emoji in two', () => {
    const file = sampleFile()
    file.document.cards[0].text = `${'x'.repeat(LIMITS.stringLength - 1)}😀😀`
    const text = card(expectLoaded(loadEnvelope(file)), 'card-apple-pay').text
    expect(text).toBe('x'.repeat(LIMITS.stringLength - 1))
  })

  it('1e400 (Infinity once parsed) as a step width becomes the default width', () => {
    const text = fixtureText.replace('"width": 260', '"width": 1e400')
    expect(text).not.toBe(fixtureText)
    const loaded = expectLoaded(parseJourneyFile(text))
    expect(Object.values(loaded.doc.steps).every((s) => Number.isFinite(s.width))).toBe(true)
    expect(repairOf(loaded, 'resetFields')?.where).toEqual(['steps[1].width'])
  })

  it('a free item far beyond the board is brought back to its edge, and a huge width is clamped', () => {
    const file = sampleFile()
    file.document.cards[0].place = { kind: 'free', x: 1e9, y: 0, width: 1e300, height: 100 }
    const loaded = expectLoaded(loadEnvelope(file))
    expect(card(loaded, 'card-apple-pay').place).toEqual({ kind: 'free', x: LIMITS.coordinate, y: 0, width: LIMITS.freeItemSize, height: 100 })
    expect(repairOf(loaded, 'clampedNumbers')?.count).toBe(2)
  })

  it('a place of a kind it does not know becomes a free note at the origin, keeping the text', () => {
    const file = sampleFile()
    file.document.cards[0].place = { kind: 'floating' }
    const loaded = expectLoaded(loadEnvelope(file))
    expect(card(loaded, 'card-apple-pay')).toMatchObject({ text: 'Pays with one tap', place: { kind: 'free', x: 0, y: 0 } })
  })

  it('a span of 0 becomes 1', () => {
    const file = sampleFile()
    file.document.cards[0].place.span = 0
    expect(card(expectLoaded(loadEnvelope(file)), 'card-apple-pay').place).toMatchObject({ span: 1 })
  })

  it('a record that is not an object is dropped and counted; the rest loads', () => {
    const file = sampleFile()
    file.document.cards.push('not a card', null, 7)
    const loaded = expectLoaded(loadEnvelope(file))
    expect(Object.keys(loaded.doc.cards)).toHaveLength(8)
    expect(repairOf(loaded, 'droppedRecords')?.count).toBe(3)
  })

  it('a table that is not a list is dropped and counted', () => {
    const file = sampleFile()
    file.document.links = { 0: 'x' }
    const loaded = expectLoaded(loadEnvelope(file))
    expect(loaded.doc.links).toEqual({})
    expect(repairOf(loaded, 'droppedRecords')?.count).toBe(1)
  })

  it('a bad entry in a list field (a persona reference that is a number) is removed alone', () => {
    const file = sampleFile()
    file.document.cards[0].personaIds = [5, 'persona-ana'].filter(Boolean)
    const loaded = expectLoaded(loadEnvelope(file))
    expect(repairOf(loaded, 'badListItems')?.count).toBe(1)
  })

  it('a map without a usable id gets a new one and keeps its cards', () => {
    const file = sampleFile()
    file.document.map.id = { not: 'an id' }
    const loaded = expectLoaded(loadEnvelope(file))
    expect(loaded.doc.map.id).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(Object.values(loaded.doc.cards).every((c) => c.mapId === loaded.doc.map.id)).toBe(true)
    expect(Object.keys(loaded.doc.cards)).toHaveLength(8)
  })

  it('many faults at once are each repaired, in one load', () => {
    const file = sampleFile()
    file.document.cards[3].text = 42
    file.document.cards[0].sentiment = 'ecstatic'
    delete file.document.lanes[1].kind
    file.document.cards[2].place.kind = 'floating'
    file.document.stages[0].color = 'red'
    file.document.cards[1].place.span = 0
    const loaded = expectLoaded(loadEnvelope(file))
    expect(Object.keys(loaded.doc.cards)).toHaveLength(8)
    expect(repairOf(loaded, 'resetFields')?.count).toBe(5)
    expect(repairOf(loaded, 'clampedNumbers')?.count).toBe(1)
  })
})

describe('what a map may hold is bounded by what the board can draw', () => {
  it('cuts lanes past the limit and says how many', () => {
    const file = sampleFile()
    const lane = file.document.lanes[0]
    file.document.lanes = Array.from({ length: 10_000 }, (_, i) => ({ ...lane, id: `lane-${i}` }))
    file.document.map.laneIds = file.document.lanes.map((l: { id: string }) => l.id)
    const loaded = expectLoaded(loadEnvelope(file))
    expect(loaded.doc.map.laneIds).toHaveLength(LIMITS.lanes)
    expect(repairOf(loaded, 'tooManyRecords')?.count).toBe(10_000 - LIMITS.lanes)
  })

  it('keeps at most the limit of links on one card', () => {
    const file = sampleFile()
    const from = file.document.cards[0].id
    const others = file.document.cards.slice(1)
    const extra = Array.from({ length: LIMITS.linksPerCard + 20 }, (_, i) => ({ ...file.document.cards[1], id: `extra-${i}` }))
    file.document.cards = [file.document.cards[0], ...others, ...extra]
    file.document.links = extra.map((c, i) => ({ id: `link-${i}`, from, to: c.id, label: '' }))
    const loaded = expectLoaded(loadEnvelope(file))
    expect(Object.keys(loaded.doc.links)).toHaveLength(LIMITS.linksPerCard)
    expect(repairOf(loaded, 'crowdedLinks')?.count).toBe(20)
  })

  it('keeps unknown fields for other tools within a budget, and drops the rest', () => {
    const file = sampleFile()
    for (let i = 0; i < LIMITS.unknownFields + 4; i++) file.document.cards[0][`other${i}`] = i
    const loaded = expectLoaded(loadEnvelope(file))
    const kept = Object.keys(card(loaded, 'card-apple-pay')).filter((k) => k.startsWith('other'))
    expect(kept).toHaveLength(LIMITS.unknownFields)
    expect(repairOf(loaded, 'droppedUnknownFields')?.count).toBe(4)
  })

  it('drops an unknown field too large to carry along with every save', () => {
    const file = sampleFile()
    file.document.cards[0].blob = 'y'.repeat(LIMITS.unknownFieldChars)
    const loaded = expectLoaded(loadEnvelope(file))
    expect('blob' in card(loaded, 'card-apple-pay')).toBe(false)
  })
})
