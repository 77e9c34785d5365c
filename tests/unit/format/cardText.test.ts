import { describe, expect, it } from 'vitest'
import { applyCommand } from '../../../src/domain'
import { cardTextMode } from '../../../src/domain/cardFit'
import { CURRENT_FORMAT_VERSION, MIGRATIONS, parseJourneyFile, runMigrations, serializeDoc, stringifyEnvelope, Versions } from '../../../src/format'
import v4Text from '../../fixtures/format/v4-sample.journey?raw'
import v5Text from '../../fixtures/format/v5-sample.journey?raw'
import { APP, expectLoaded, fixtureText } from './helpers'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary paths of untyped JSON
type Json = any

const load = (value: unknown) => expectLoaded(parseJourneyFile(typeof value === 'string' ? value : JSON.stringify(value)))

describe('format version 5: how much of a card\'s text shows', () => {
  it('is the current version, reached by the named step "cardText"', () => {
    expect(Versions.CardText).toBe(5)
    expect(CURRENT_FORMAT_VERSION).toBe(Versions.CardText)
    const fromV1 = runMigrations(JSON.parse(fixtureText).document, 1)
    expect(fromV1.ok && fromV1.value.ran).toEqual(['cardShape', 'facilitation', 'actions', 'cardText'])
    expect(fromV1.ok && (fromV1.value.document as Json).map.cardText).toBe('fit')
  })

  it('opens an older map with cards that show all their text, and writes that choice into the file it saves', () => {
    const v4 = load(v4Text)
    expect(v4.migratedFrom).toBe(4)
    expect(v4.repairs).toEqual([])
    expect(v4.doc.map.cardText).toBe('fit')
    expect(JSON.parse(stringifyEnvelope(serializeDoc(v4.doc, APP))).document.map.cardText).toBe('fit')
  })

  it('does not take a cardText key in an older file for the person\'s choice', () => {
    const file = JSON.parse(v4Text) as Json
    file.document.map.cardText = 'compact'
    expect(load(file).doc.map.cardText).toBe('fit')
  })

  it('loads the v5 fixture as current with its compact cards, the same map as v4 otherwise, and round-trips byte for byte', () => {
    const v5 = load(v5Text)
    expect(v5.migratedFrom).toBeNull()
    expect(v5.repairs).toEqual([])
    expect(cardTextMode(v5.doc.map)).toBe('compact')
    const v4 = load(v4Text)
    expect({ ...v5.doc, map: { ...v5.doc.map, cardText: 'fit' } }).toEqual(v4.doc)
    expect(stringifyEnvelope(serializeDoc(v5.doc, APP, v5.facilitation))).toBe(v5Text)
    const fit = applyCommand(v5.doc, { type: 'setCardText', mode: 'fit' })
    expect(load(stringifyEnvelope(serializeDoc(fit, APP))).doc.map.cardText).toBe('fit')
  })

  it('repairs a value it does not know to the default, and passes a workshop\'s people rows (no map) through unchanged', () => {
    const file = JSON.parse(v5Text) as Json
    file.document.map.cardText = 'tiny'
    const loaded = load(file)
    expect(cardTextMode(loaded.doc.map)).toBe('fit')
    expect(loaded.repairs.length).toBeGreaterThan(0)
    const step = MIGRATIONS.find((s) => s.name === 'cardText')!
    const people = { personas: [{ id: 'p' }], jobs: [] }
    expect(step.up(people)).toBe(people)
  })
})
