import { describe, expect, it } from 'vitest'
import type { JourneyDoc } from '../../../src/domain'
import { CURRENT_FORMAT_VERSION, loadEnvelope, parseJourneyFile, serializeDoc, stringifyEnvelope } from '../../../src/format'
import v2Text from '../../fixtures/format/v2-sample.journey?raw'
import { APP, fixtureText } from './helpers'

function loadFixture(): JourneyDoc {
  const result = parseJourneyFile(fixtureText)
  if (!result.ok) throw new Error(`fixture did not load: ${JSON.stringify(result.error)}`)
  expect(result.value.repairs).toEqual([])
  expect(result.value.migratedFrom).toBe(1)
  return result.value.doc
}

describe('the v1 sample file', () => {
  it('loads with its stages, steps and lanes in order', () => {
    const doc = loadFixture()
    expect(doc.map.title).toBe('Coffee subscription: first order')
    expect(doc.map.stageIds.map((id) => doc.stages[id]?.title)).toEqual(['Before purchase', 'During purchase', 'After purchase'])
    expect(doc.map.stageIds.flatMap((id) => doc.stages[id]?.stepIds ?? [])).toHaveLength(5)
    expect(doc.map.laneIds.map((id) => doc.lanes[id]?.kind)).toEqual(['touchpoints', 'actions', 'emotions', 'painPoints'])
  })

  it('loads its cards, link, emotion curve, persona and job', () => {
    const doc = loadFixture()
    const cards = Object.values(doc.cards)
    expect(cards).toHaveLength(8)
    expect(new Set(cards.map((c) => c.sentiment))).toEqual(new Set(['positive', 'friction', 'decision', 'neutral']))
    const shipping = doc.cards['card-hidden-shipping' as keyof typeof doc.cards]
    expect(shipping).toMatchObject({ sentiment: 'friction', channel: 'webPage', device: 'mobile', metrics: [{ name: 'Checkout drop-off', value: '31%' }] })
    expect(doc.cards['card-compare-grinders' as keyof typeof doc.cards]?.text).toContain('\n')
    expect(doc.cards['card-plan-quiz' as keyof typeof doc.cards]?.place).toMatchObject({ kind: 'cell', span: 2 })
    expect(Object.values(doc.links)).toEqual([expect.objectContaining({ from: 'card-pricing-page', to: 'card-hidden-shipping' })])
    expect(Object.values(doc.emotions)).toHaveLength(5)
    expect(Object.values(doc.emotions).find((e) => e.personaId === 'persona-maya')).toMatchObject({ felt: -1.5, intended: 1 })
    expect(Object.values(doc.personas).map((p) => p.name)).toEqual(['Maya'])
    expect(Object.values(doc.jobs)[0]).toMatchObject({ personaIds: ['persona-maya'], stepIds: ['step-choose-plan', 'step-first-delivery'] })
  })

  it('round-trips: saving and loading gives back the same document', () => {
    const doc = loadFixture()
    const again = loadEnvelope(JSON.parse(stringifyEnvelope(serializeDoc(doc, APP))))
    expect(again).toEqual({ ok: true, value: { doc, repairs: [], migratedFrom: null } })
  })

  it('the v2 fixture loads (migrated from 2), with nothing to repair, to the same document as v1', () => {
    const v2 = parseJourneyFile(v2Text)
    expect(v2.ok && v2.value.migratedFrom).toBe(2)
    expect(v2.ok && v2.value.repairs).toEqual([])
    expect(v2.ok && v2.value.doc).toEqual(loadFixture())
  })

  it('is written as the app would write it: saving it unchanged gives the v2 fixture at the current version (card shapes filled in)', () => {
    const saved = stringifyEnvelope(serializeDoc(loadFixture(), { name: 'Journeyboard', version: '0.1.0' }))
    const expected = JSON.parse(fixtureText) as { formatVersion: number; document: { map: Record<string, unknown>; cards: Record<string, unknown>[]; actions?: unknown[] } }
    expected.formatVersion = CURRENT_FORMAT_VERSION
    expected.document.cards = expected.document.cards.map((card) => ({ ...card, shape: 'note' }))
    expected.document.actions = []
    expected.document.map = { ...expected.document.map, cardText: 'fit' }
    expect(JSON.parse(saved)).toEqual(expected)
    // A map without an agenda or votes gets no facilitation section: only the version, the (empty)
    // plan and the map's card text choice differ.
    const v2 = JSON.parse(v2Text) as { formatVersion: number; document: { map: Record<string, unknown>; actions?: unknown[] } }
    v2.formatVersion = CURRENT_FORMAT_VERSION
    v2.document.actions = []
    v2.document.map = { id: v2.document.map.id, cardText: 'fit', ...v2.document.map }
    expect(saved).toBe(`${JSON.stringify(v2, null, 2)}\n`)
    const again = parseJourneyFile(saved)
    if (!again.ok) throw new Error('the saved fixture did not load')
    expect(stringifyEnvelope(serializeDoc(again.value.doc, APP))).toBe(saved)
  })

  it('keeps a free item\'s shape and repairs a shape it does not know to a note', () => {
    const file = JSON.parse(fixtureText) as { document: { cards: Record<string, unknown>[] } }
    file.document.cards[0] = { ...file.document.cards[0], place: { kind: 'free', x: 0, y: 0, width: 100, height: 50 }, shape: 'ellipse' }
    const loaded = parseJourneyFile(JSON.stringify(file))
    expect(loaded.ok && Object.values(loaded.value.doc.cards).filter((c) => c.shape === 'ellipse')).toHaveLength(1)
    file.document.cards[0] = { ...file.document.cards[0], shape: 'star' }
    const repaired = parseJourneyFile(JSON.stringify(file))
    expect(repaired.ok && Object.values(repaired.value.doc.cards).filter((c) => (c.shape as string) === 'star')).toHaveLength(0)
    expect(repaired.ok && repaired.value.repairs.map((r) => r.kind)).toContain('resetFields')
  })
})
