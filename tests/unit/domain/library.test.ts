import { describe, expect, it } from 'vitest'
import { CHANNELS, createStarterDoc, createMap, type WorkshopId } from '../../../src/domain'
import { cardsInCell } from '../../../src/domain/cellStacks'
import { cardFromLibrary, customLibraryEntry, groupLibrary, LIBRARY_PHASES, searchLibrary, TOUCHPOINT_LIBRARY } from '../../../src/domain/touchpointLibrary'
import en from '../../../src/i18n/locales/en.json'

const names = en.library.entries as Record<string, string>
const nameOf = (e: { key: string | null; name: string }) => (e.key ? (names[e.key] ?? e.key) : e.name)

describe('the touchpoint library', () => {
  it('holds the twenty shared touchpoints and the Norwegian table’s seven more in four phases, each with a channel and a name', () => {
    expect(TOUCHPOINT_LIBRARY).toHaveLength(27)
    const groups = groupLibrary(TOUCHPOINT_LIBRARY)
    expect([...groups.keys()]).toEqual([...LIBRARY_PHASES])
    expect(LIBRARY_PHASES.map((phase) => groups.get(phase)?.length)).toEqual([7, 8, 7, 5])
    for (const entry of TOUCHPOINT_LIBRARY) {
      expect(CHANNELS).toContain(entry.channel)
      expect(entry.builtIn).toBe(true)
      expect(names[entry.key!], entry.key!).toBeTruthy()
    }
    expect(new Set(TOUCHPOINT_LIBRARY.map((e) => e.id)).size).toBe(27)
  })

  it('finds entries by every word of the query, ignoring case, accents and hyphens', () => {
    const hits = (q: string) => searchLibrary(TOUCHPOINT_LIBRARY, q, nameOf).map((e) => e.key)
    expect(hits('')).toHaveLength(27)
    expect(hits('ecommerce')).toEqual(['eCommerce'])
    expect(hits('SOCIAL')).toEqual(['socialMedia'])
    expect(hits('customer programme')).toEqual(['customerSuccess'])
    expect(hits('zzz')).toEqual([])
    const own = customLibraryEntry({ id: 'own-1', name: 'Café visit', phase: 'during', channel: 'inPerson', createdAt: 1 })
    expect(searchLibrary([own], 'cafe', nameOf)).toEqual([own])
    expect(searchLibrary(TOUCHPOINT_LIBRARY, 'postal', nameOf, (c) => c).map((e) => e.key)).toEqual(['productCatalogues', 'thankYouLetters'])
  })

  it('turns an entry into a touchpoint card at the bottom of a cell', () => {
    const map = createMap('ws' as WorkshopId, 'M')
    const doc = createStarterDoc(map, { stages: ['A'], step: (n) => `S${n}`, lanes: [['touchpoints', 'Touchpoints']] })
    const cell = { laneId: doc.map.laneIds[0]!, stepId: doc.stages[doc.map.stageIds[0]!]!.stepIds[0]! }
    const entry = TOUCHPOINT_LIBRARY.find((e) => e.key === 'billing')!
    const first = cardFromLibrary(doc, cell, entry, 'Billing')
    expect(first).toMatchObject({ text: 'Billing', channel: 'email', mapId: map.id, place: { kind: 'cell', ...cell, span: 1, rank: 0 } })
    const withFirst = { ...doc, cards: { [first.id]: first } }
    const second = cardFromLibrary(withFirst, cell, entry, 'Billing')
    expect(second.place).toMatchObject({ rank: 1 })
    expect(cardsInCell({ ...withFirst, cards: { ...withFirst.cards, [second.id]: second } }, cell.laneId, cell.stepId).map((c) => c.id)).toEqual([first.id, second.id])
  })
})
