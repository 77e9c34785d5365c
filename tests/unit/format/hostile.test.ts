import { afterEach, describe, expect, it } from 'vitest'
import { loadEnvelope, parseJourneyFile, serializeDoc, stringifyEnvelope } from '../../../src/format'
import { APP, expectError, expectLoaded, fixtureText, sampleFile } from './helpers'

function everyObjectIn(value: unknown): object[] {
  const out: object[] = []
  const stack = [value]
  while (stack.length > 0) {
    const v = stack.pop()
    if (typeof v !== 'object' || v === null) continue
    out.push(v)
    stack.push(...Object.values(v))
  }
  return out
}

afterEach(() => {
  // A failing test must not leave a polluted prototype behind for the next one.
  delete (Object.prototype as Record<string, unknown>).polluted
})

describe('unknown fields', () => {
  it('are kept on records and survive a save and a load', () => {
    const file = sampleFile()
    file.document.map.theme = 'dark'
    file.document.cards[0].votes = { up: 3, voters: ['ana', 'bo'] }
    file.document.cards[0].place.pinned = true
    file.document.cards[0].metrics[0] = { name: 'n', value: 'v', unit: '%' }
    file.document.personas[0].pronouns = 'she/her'
    const { doc } = expectLoaded(loadEnvelope(file))
    const card = doc.cards['card-apple-pay' as keyof typeof doc.cards] as unknown as Record<string, unknown>
    expect(card.votes).toEqual({ up: 3, voters: ['ana', 'bo'] })
    expect(card.place).toMatchObject({ pinned: true })
    expect((doc.map as unknown as Record<string, unknown>).theme).toBe('dark')

    const again = expectLoaded(parseJourneyFile(stringifyEnvelope(serializeDoc(doc, APP))))
    expect(again.doc).toEqual(doc)
  })
})

describe('prototype keys', () => {
  const hostile = fixtureText
    .replace('"type": "journeyboard",', '"__proto__": { "polluted": "envelope" }, "type": "journeyboard",')
    .replace('"document": {', '"document": { "constructor": { "prototype": { "polluted": "document" } },')
    .replace('"id": "card-apple-pay",', '"id": "card-apple-pay", "__proto__": { "polluted": "card" }, "extra": { "prototype": 1, "ok": { "__proto__": { "polluted": "deep" } } },')
    .replace('"kind": "cell",', '"kind": "cell", "__proto__": { "kind": "free" },')

  it('never reach an object, at any depth', () => {
    // Seven in the text; the "prototype" inside "constructor" goes with it, so six are stripped.
    expect(hostile.match(/__proto__|constructor|prototype/g)).toHaveLength(7)
    const loaded = expectLoaded(parseJourneyFile(hostile))
    expect(loaded.repairs).toEqual([expect.objectContaining({ kind: 'strippedKeys', count: 6 })])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    for (const object of everyObjectIn(loaded.doc)) {
      expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(object))
      expect(Object.keys(object)).not.toContain('__proto__')
      expect(Object.keys(object)).not.toContain('constructor')
      expect(Object.keys(object)).not.toContain('prototype')
    }
    const card = loaded.doc.cards['card-apple-pay' as keyof typeof loaded.doc.cards]
    expect(card?.place.kind).toBe('cell')
    expect((card as unknown as Record<string, unknown>).extra).toEqual({ ok: {} })
  })

  it('are stripped from values built in memory too, not only from parsed text', () => {
    const file = sampleFile()
    Object.defineProperty(file.document.cards[0], '__proto__', { value: { polluted: 'own' }, enumerable: true })
    const { doc, repairs } = expectLoaded(loadEnvelope(file))
    expect(repairs).toEqual([expect.objectContaining({ kind: 'strippedKeys', count: 1 })])
    expect(Object.getPrototypeOf(doc.cards['card-apple-pay' as keyof typeof doc.cards])).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('as ids are re-keyed before they become keys of a record map', () => {
    const file = sampleFile()
    const names = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']
    names.forEach((id, i) => (file.document.cards[i].id = id))
    const { doc, repairs } = expectLoaded(loadEnvelope(file))
    // The link pointed at card-hidden-shipping, whose id is now "hasOwnProperty" and so re-keyed.
    expect(repairs).toEqual([expect.objectContaining({ kind: 'rekeyedIds', count: 5 }), expect.objectContaining({ kind: 'danglingLinks', count: 1 })])
    expect(Object.getPrototypeOf(doc.cards)).toBe(Object.prototype)
    expect(Object.keys(doc.cards)).toHaveLength(8)
    for (const name of names) expect(Object.prototype.hasOwnProperty.call(doc.cards, name)).toBe(false)
  })
})

describe('values no file could hold', () => {
  it('a cycle is refused as too deep', () => {
    const file = sampleFile()
    file.document.cards[0].self = file.document.cards[0]
    expect(expectError(loadEnvelope(file))).toMatchObject({ kind: 'tooLarge', what: 'depth' })
  })

  it('a throwing getter is reported, not thrown', () => {
    const file = sampleFile()
    Object.defineProperty(file.document, 'cards', {
      enumerable: true,
      get() {
        throw new Error('boom')
      },
    })
    expect(expectError(loadEnvelope(file))).toEqual({ kind: 'invalid', issues: ['the data could not be read: boom'] })
  })

  it('functions, symbols and undefined fields are left out rather than kept', () => {
    const file = sampleFile()
    Object.assign(file.document.cards[0], { fn: () => 1, sym: Symbol('s'), gone: undefined })
    const { doc } = expectLoaded(loadEnvelope(file))
    expect(Object.keys(doc.cards['card-apple-pay' as keyof typeof doc.cards] ?? {})).not.toEqual(expect.arrayContaining(['fn']))
    expect(Object.keys(doc.cards['card-apple-pay' as keyof typeof doc.cards] ?? {})).not.toContain('sym')
  })
})
