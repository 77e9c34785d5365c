import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// Every language must say everything English says, in the forms its grammar needs, with the same
// placeholders: a missing key shows English in the middle of a Persian screen, an extra one is a
// key English dropped, and a lost {{title}} silently drops the person's own words.

const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const
const PLURAL = new RegExp(`^(.*)_(${PLURAL_SUFFIXES.join('|')})$`)

/** Leaf strings by dotted path; arrays count as objects with index keys (starter stage lists). */
function flatten(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out)
  } else out.set(prefix, value)
  return out
}

interface Entry {
  readonly forms: Map<string, string>
}

/** Groups `x_one`/`x_other` under `x`; a plain key is one form called ''. */
function group(catalogue: unknown): Map<string, Entry> {
  const entries = new Map<string, Entry>()
  for (const [path, value] of flatten(catalogue)) {
    const match = PLURAL.exec(path)
    const base = match ? (match[1] as string) : path
    const form = match ? (match[2] as string) : ''
    const entry = entries.get(base) ?? { forms: new Map() }
    entry.forms.set(form, typeof value === 'string' ? value : `<not a string: ${JSON.stringify(value)}>`)
    entries.set(base, entry)
  }
  return entries
}

function placeholders(text: string): string[] {
  const names = [...text.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)].map((m) => m[1] as string)
  const nested = [...text.matchAll(/\$t\(([^,)]+)/g)].map((m) => `$t(${m[1] as string})`)
  return [...new Set([...names, ...nested])].sort()
}

function pluralBases(entries: Map<string, Entry>): Set<string> {
  return new Set([...entries].filter(([, e]) => !e.forms.has('')).map(([base]) => base))
}

// Every catalogue file English has (en.json, en.board.json, en.room.json, …), read from disk so a
// new part's catalogue is checked the day it is added.
const LOCALES = join(__dirname, '../../../src/i18n/locales')
const PARTS = readdirSync(LOCALES)
  .map((file) => /^en(\.[\w-]+)?\.json$/.exec(file)?.[1] ?? (file === 'en.json' ? '' : null))
  .filter((part): part is string => part !== null)
  .sort()
const read = (language: string, part: string): unknown => JSON.parse(readFileSync(join(LOCALES, `${language}${part}.json`), 'utf8'))
const CATALOGUES = PARTS.map((part, index) => [part || 'app', read('en', part), index] as const)
const LANGUAGES = Object.fromEntries(['tr', 'fa', 'nb'].map((language) => [language, PARTS.map((part) => read(language, part))]))

describe.each(Object.entries(LANGUAGES))('the %s catalogues', (language, catalogues) => {
  const required = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[]

  describe.each(CATALOGUES)('%s', (_name, english, index) => {
    const reference = group(english)
    const translated = group(catalogues[index])

    it('has every key English has', () => {
      expect([...reference.keys()].filter((key) => !translated.has(key))).toEqual([])
    })

    it('has no key English lacks', () => {
      expect([...translated.keys()].filter((key) => !reference.has(key))).toEqual([])
    })

    it('has a non-empty string for every key', () => {
      const bad = [...translated].flatMap(([key, entry]) => [...entry.forms].filter(([, text]) => text.trim() === '' || text.startsWith('<not a string')).map(([form]) => (form ? `${key}_${form}` : key)))
      expect(bad).toEqual([])
    })

    it(`gives plurals the forms Intl.PluralRules('${language}') asks for (${required.join(', ')}) and no others`, () => {
      const problems: string[] = []
      for (const base of pluralBases(reference)) {
        const entry = translated.get(base)
        if (!entry) continue
        if (entry.forms.has('')) problems.push(`${base}: a plain string where English has plural forms`)
        for (const form of required) if (!entry.forms.has(form)) problems.push(`${base}_${form} missing`)
        for (const form of entry.forms.keys()) if (form && !required.includes(form)) problems.push(`${base}_${form} is not a form ${language} uses`)
      }
      for (const base of pluralBases(translated)) if (!pluralBases(reference).has(base)) problems.push(`${base}: plural forms where English has a plain string`)
      expect(problems).toEqual([])
    })

    it('keeps the placeholders of every key', () => {
      const problems: string[] = []
      for (const [key, entry] of translated) {
        const source = reference.get(key)
        if (!source) continue
        const expected = [...new Set([...source.forms.values()].flatMap(placeholders))].sort()
        const used = [...new Set([...entry.forms.values()].flatMap(placeholders))].sort()
        if (JSON.stringify(used) !== JSON.stringify(expected)) problems.push(`${key}: ${used.join(' ')} instead of ${expected.join(' ')}`)
        // A form may leave out {{count}} (Turkish "bir kart"), never bring one English lacks.
        for (const [form, text] of entry.forms) {
          const extra = placeholders(text).filter((p) => !expected.includes(p))
          if (extra.length) problems.push(`${key}${form ? `_${form}` : ''}: unknown ${extra.join(' ')}`)
        }
      }
      expect(problems).toEqual([])
    })
  })
})

describe('the English catalogues', () => {
  it('give every plural the forms English needs', () => {
    const required = new Intl.PluralRules('en').resolvedOptions().pluralCategories as string[]
    for (const [, catalogue] of CATALOGUES) {
      for (const base of pluralBases(group(catalogue))) {
        const forms = [...(group(catalogue).get(base)?.forms.keys() ?? [])]
        expect(forms.sort(), base).toEqual([...required].sort())
      }
    }
  })
})
