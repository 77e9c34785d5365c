import { describe, expect, it } from 'vitest'
import en from '../../../src/i18n/locales/en.json'
import fa from '../../../src/i18n/locales/fa.json'
import nb from '../../../src/i18n/locales/nb.json'
import tr from '../../../src/i18n/locales/tr.json'

// What a new map is made of (template names, stages, steps, lanes, cards, the library) must be in
// the person's language: an English word left in a Norwegian stage ("Research") is the first thing
// a facilitator notices. The catalogue test only checks that a key exists, not that it was translated.

type Catalogue = typeof en

/** The parts of a catalogue that end up as text on a new map or in the library. */
const MAP_TEXT = (c: Catalogue) => {
  const { names, descriptions, stages, steps, lanes, cards } = c.templates
  return { templates: { names, descriptions, stages, steps, lanes, cards }, library: { phases: c.library.phases, entries: c.library.entries }, laneKinds: c.laneKinds, starter: c.starter }
}

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]]
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key))
}

// Names that are the same in every language.
const PROPER_NOUNS = new Set(['instagram'])
/** Placeholders ({{count}}) are code, not words. */
const prose = (text: string) => text.replace(/\{\{[^}]*\}\}/g, ' ')
const words = (text: string) => (prose(text).toLocaleLowerCase('en').match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 5 && !PROPER_NOUNS.has(w))

const english = new Map(leaves(MAP_TEXT(en)))

describe.each([
  ['nb', nb],
  ['tr', tr],
])('the %s map text', (_language, catalogue) => {
  it('keeps no English word from the English text of the same key', () => {
    const left = leaves(MAP_TEXT(catalogue as Catalogue)).flatMap(([path, text]) => {
      const source = new Set(words(english.get(path) ?? ''))
      const shared = words(text).filter((w) => source.has(w))
      return shared.length ? [`${path}: ${text}`] : []
    })
    expect(left).toEqual([])
  })
})

describe('the Persian map text', () => {
  it('has no Latin words but proper nouns', () => {
    const latin = leaves(MAP_TEXT(fa as Catalogue)).filter(([, text]) => (prose(text).match(/[A-Za-z]+/g) ?? []).some((w) => !PROPER_NOUNS.has(w.toLowerCase())))
    expect(latin).toEqual([])
  })
})
