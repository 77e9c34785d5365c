import { describe, expect, it } from 'vitest'
import { adoptPersonasByName, createPersona, personaNameKey, type JourneyDoc, type WorkshopId } from '../../../src/domain'
import { importMermaidJourney } from '../../../src/io'
import { TITLES } from '../io/helpers'

const WORKSHOP = 'w1' as WorkshopId

describe('persona names', () => {
  it('are the same name whatever the case, the spaces and the Unicode form', () => {
    expect(personaNameKey('  ada   LOVELACE ')).toBe(personaNameKey('Ada Lovelace'))
    // é written as one character and as e + combining accent.
    expect(personaNameKey('Ren\u00e9e')).toBe(personaNameKey('Rene\u0301e'))
    // A Persian half-space (ZWNJ) and a space; Arabic yeh and kaf typed for Persian ones.
    expect(personaNameKey('علی‌رضا')).toBe(personaNameKey('علی رضا'))
    expect(personaNameKey('كيان')).toBe(personaNameKey('کیان'))
    expect(personaNameKey('Ada')).not.toBe(personaNameKey('Adam'))
    expect(personaNameKey('Ada Lovelace')).not.toBe(personaNameKey('AdaLovelace'))
  })
})

describe('adopting a workshop’s personas by name', () => {
  // A Mermaid journey gives personas with cards and curves of their own.
  const read = importMermaidJourney('journey\n  section Go\n    Make tea: 5: me\n    Miss bus: 1: Me, Driver\n', { ...TITLES, title: 'Commute' })
  if (!read.ok) throw new Error('the Mermaid text did not import')
  const doc: JourneyDoc = read.value.doc
  const stored = { ...createPersona(WORKSHOP, 'ME', '#2563eb'), role: 'Commuter', quote: 'Coffee first.' }

  it('points cards, curves and the map header at the stored persona, which comes in unchanged', () => {
    const adopted = adoptPersonasByName(doc, [stored, createPersona(WORKSHOP, 'Someone else')])
    const names = Object.values(adopted.personas).map((p) => p.name)
    expect(names.sort()).toEqual(['Driver', 'ME'])
    expect(adopted.personas[stored.id]).toBe(stored)
    const driver = Object.values(adopted.personas).find((p) => p.name === 'Driver')!.id
    expect(adopted.map.personaIds).toEqual([stored.id, driver])
    expect(Object.values(adopted.cards).map((c) => [c.text, c.personaIds])).toEqual([
      ['Make tea', [stored.id]],
      ['Miss bus', [stored.id, driver]],
    ])
    const curves = Object.values(adopted.emotions).filter((e) => e.personaId === stored.id)
    expect(curves.map((e) => e.felt).sort()).toEqual([-2, 2])
    // No point is left pointing at the persona that was replaced.
    const known = new Set([null, ...Object.keys(adopted.personas)])
    expect(Object.values(adopted.emotions).every((e) => known.has(e.personaId))).toBe(true)
    expect(new Set(Object.keys(adopted.emotions)).size).toBe(Object.values(doc.emotions).length)
  })

  it('leaves a document without a matching name as it is', () => {
    expect(adoptPersonasByName(doc, [createPersona(WORKSHOP, 'Nobody here')])).toBe(doc)
  })
})
