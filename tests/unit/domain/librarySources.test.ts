import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TOUCHPOINT_LIBRARY, type LibraryEntry, type LibraryPhase } from '../../../src/domain/touchpointLibrary'
import fa from '../../../src/i18n/locales/fa.json'
import nb from '../../../src/i18n/locales/nb.json'
import tr from '../../../src/i18n/locales/tr.json'

// The library ships each source language in its own article's words. The lists are read from
// verbatim copies of the articles' lists (tests/fixtures/sources), so a renamed or dropped entry
// fails here, not in front of a Norwegian or Turkish facilitator.

const SOURCES = join(__dirname, '../../fixtures/sources')
const lines = (file: string) =>
  readFileSync(join(SOURCES, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))

const nameIn = (catalogue: { library: { entries: Record<string, string> } }) => (entry: LibraryEntry) => catalogue.library.entries[entry.key!] ?? ''

/** Index of the library entry each heading names, or -1; `same` decides what counts as the same words. */
function matches(headings: readonly string[], name: (e: LibraryEntry) => string, same: (a: string, b: string) => boolean): number[] {
  return headings.map((heading) => TOUCHPOINT_LIBRARY.findIndex((entry) => same(name(entry), heading)))
}

/** The article's twenty numbered headings: "1. Sosyal Medya" or "۱- رسانههای اجتماعی". */
const numbered = (file: string) => lines(file).map((line) => line.replace(/^[\d۰-۹]+[.-]\s*/u, '').trim())

const turkish = numbered('000-tr-touchpoints.txt')
const persian = numbered('002-fa-touchpoints.txt')
const sameTurkish = (a: string, b: string) => a.toLocaleLowerCase('tr') === b.toLocaleLowerCase('tr')
// The article's text lost its zero-width non-joiners ("رسانههای" for "رسانه‌های"), and with them
// the space choice in compounds ("بیش فروشی"); neither changes the words.
const samePersian = (a: string, b: string) => a.replace(/[\u200c\s]/gu, '') === b.replace(/[\u200c\s]/gu, '')

/** 004's table: a header row, then rows of "before | during | after |". */
function norwegianTable(): { name: string; phase: LibraryPhase }[] {
  const phases: LibraryPhase[] = ['before', 'during', 'after']
  return lines('004-nb-touchpoints.txt')
    .slice(1)
    .flatMap((row) =>
      row
        .split('|')
        .map((cell) => cell.trim())
        .filter(Boolean)
        .map((cell, column) => ({ name: NORWEGIAN_SPELLING[cell] ?? cell, phase: phases[column]! })),
    )
}

// The one spelling slip in the article's table: the compound takes the linking -s, not -es.
const NORWEGIAN_SPELLING: Record<string, string> = { 'Transaksjones-e-poster': 'Transaksjons-e-poster' }

describe('the touchpoint library in the source articles’ own words', () => {
  it('names all twenty headings of the Turkish article, in its order', () => {
    expect(turkish).toHaveLength(20)
    const found = matches(turkish, nameIn(tr), sameTurkish)
    expect(turkish.filter((_, i) => found[i] === -1)).toEqual([])
    expect(found).toEqual([...found].sort((a, b) => a - b))
  })

  it('names all twenty headings of the Persian article, in its order', () => {
    expect(persian).toHaveLength(20)
    const found = matches(persian, nameIn(fa), samePersian)
    expect(persian.filter((_, i) => found[i] === -1)).toEqual([])
    expect(found).toEqual([...found].sort((a, b) => a - b))
  })

  it('holds all twenty-one touchpoints of the Norwegian article’s table, each its own entry', () => {
    const table = norwegianTable()
    expect(table).toHaveLength(21)
    const found = matches(
      table.map((row) => row.name),
      nameIn(nb),
      (a, b) => a === b,
    )
    expect(table.filter((_, i) => found[i] === -1).map((row) => row.name)).toEqual([])
    expect(new Set(found).size).toBe(21)
  })

  it('puts the Norwegian touchpoints the other articles lack under the table’s own phase', () => {
    const shared = new Set(matches(turkish, nameIn(tr), sameTurkish))
    const table = norwegianTable()
    const onlyNorwegian = table.filter((row) => !shared.has(TOUCHPOINT_LIBRARY.findIndex((e) => nameIn(nb)(e) === row.name)))
    expect(onlyNorwegian.map((row) => row.name)).toEqual(expect.arrayContaining(['Attester fra kunder', 'Kampanjer', 'Oppfølging']))
    for (const row of onlyNorwegian) {
      expect(TOUCHPOINT_LIBRARY.find((e) => nameIn(nb)(e) === row.name)?.phase, row.name).toBe(row.phase)
    }
  })
})
