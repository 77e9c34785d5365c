import { describe, expect, it } from 'vitest'
import type { JourneyDoc, PersonaId } from '../../../src/domain'
import { importTouchpointCsv, parseCsv, touchpointsToCsv, touchpointLabels } from '../../../src/io'
import enBoard from '../../../src/i18n/locales/en.board.json'
import faBoard from '../../../src/i18n/locales/fa.board.json'
import { buildSampleDoc } from '../domain/helpers'
import { expectImported } from './helpers'

const OPTIONS = { title: 'From a sheet', untitledStage: 'Stage', untitledLane: 'Lane' }
const HEADER = 'stage,step,lane,text,persona\r\n'

/** Each card's text with the names of its personas, as a person reads the cards of a map. */
function personasByCard(doc: JourneyDoc): [string, string[]][] {
  return Object.values(doc.cards)
    .filter((c) => c.place.kind === 'cell')
    .map((c): [string, string[]] => [c.text, c.personaIds.map((id) => doc.personas[id]?.name ?? `missing ${id}`)])
    .sort((a, b) => a[0].localeCompare(b[0]))
}

/** The sample map, its personas renamed (Persian names in the Persian sheet). */
function sampleWithNames(ada: string, bo: string): JourneyDoc {
  const { doc } = buildSampleDoc()
  const names: Record<string, string> = { Ada: ada, Bo: bo }
  const personas = Object.fromEntries(Object.values(doc.personas).map((p) => [p.id, { ...p, name: names[p.name] ?? p.name }])) as JourneyDoc['personas']
  return { ...doc, personas }
}

/** A translate function over a board catalogue, as i18next resolves `board.*` keys. */
function lookup(catalogue: { board: unknown }): (key: string) => string {
  return (key) => {
    const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue)
    if (typeof value !== 'string') throw new Error(`no text for ${key}`)
    return value
  }
}

describe('the persona column on re-import', () => {
  it.each([
    ['en', enBoard, 'Ada Lovelace', 'Bo'],
    ['fa', faBoard, 'مریم رضایی', 'علی‌رضا'],
  ] as const)('gives the same personas on the same cards after export and import (%s)', (_language, board, ada, bo) => {
    const doc = sampleWithNames(ada, bo)
    const csv = touchpointsToCsv(doc, touchpointLabels(lookup({ board })))
    const back = expectImported(importTouchpointCsv(csv, OPTIONS))
    expect(personasByCard(back.doc)).toEqual(personasByCard(doc))
    expect(personasByCard(back.doc)).toContainEqual(['Get paid on time', [ada, bo]])
    // The people named in the sheet head the new map, each once.
    expect(back.doc.map.personaIds.map((id) => back.doc.personas[id]?.name).sort()).toEqual([ada, bo].sort())
    expect(Object.keys(back.doc.personas)).toHaveLength(2)
    expect(back.notes).toEqual([])
  })

  it('makes one persona of a name however many rows name it, and however they spell its case and spaces', () => {
    const sheet =
      HEADER +
      'Before,Sees ad,Touchpoints,Instagram advert,Sara Ahmadi\r\n' +
      'Before,Sees ad,Touchpoints,Flyer,"sara   ahmadi ; Tom"\r\n' +
      'After,Pays,Touchpoints,Card declined,SARA AHMADI\r\n' +
      'After,Pays,Pain points,Fee too high,\r\n'
    const back = expectImported(importTouchpointCsv(sheet, OPTIONS))
    const personas = Object.values(back.doc.personas)
    expect(personas.map((p) => p.name).sort()).toEqual(['Sara Ahmadi', 'Tom'])
    const sara = personas.find((p) => p.name === 'Sara Ahmadi')!.id
    const tom = personas.find((p) => p.name === 'Tom')!.id
    const byText = (text: string) => Object.values(back.doc.cards).find((c) => c.text === text)?.personaIds
    expect(byText('Instagram advert')).toEqual([sara])
    expect(byText('Flyer')).toEqual([sara, tom])
    expect(byText('Card declined')).toEqual([sara])
    // An empty cell: the card is for everyone.
    expect(byText('Fee too high')).toEqual([])
    expect(back.doc.map.personaIds).toEqual([sara, tom])
  })

  it('names a card’s personas once even when the cell repeats one', () => {
    const back = expectImported(importTouchpointCsv(`${HEADER}A,B,C,Text,"Ada; ada;  Ada "\r\n`, OPTIONS))
    const [card] = Object.values(back.doc.cards)
    expect(card?.personaIds).toHaveLength(1)
    expect(back.doc.personas[card!.personaIds[0] as PersonaId]?.name).toBe('Ada')
  })

  it.each([
    ['a name with a ;', 'Ops; night shift', 'Bo', '"Ops\\; night shift; Bo"'],
    ['Persian names with a ; and a backslash', 'پشتیبانی؛ شب; تیم', 'C:\\Users\\', '"پشتیبانی؛ شب\\; تیم; C:\\\\Users\\\\"'],
    ['a name ending in \\;', 'a\\;', 'Bo', '"a\\\\\\;; Bo"'],
  ])('writes %s escaped (\\; and \\\\, as vCard does) and reads the same names back', (_case, ada, bo, cell) => {
    const sheet = touchpointsToCsv(sampleWithNames(ada, bo))
    expect(sheet).toContain(cell)
    const back = expectImported(importTouchpointCsv(sheet, OPTIONS))
    expect(personasByCard(back.doc)).toContainEqual(['Get paid on time', [ada, bo]])
    expect(Object.values(back.doc.personas).map((p) => p.name).sort()).toEqual([ada, bo].sort())
  })

  it('keeps a backslash that escapes nothing, as a sheet typed by hand has it', () => {
    const back = expectImported(importTouchpointCsv(`${HEADER}A,B,C,Text,"C:\\Users\\ada; Bo\\"\r\n`, OPTIONS))
    expect(Object.values(back.doc.personas).map((p) => p.name).sort()).toEqual(['Bo\\', 'C:\\Users\\ada'])
  })

  it('reads the column wherever it stands, and a formula-looking name as text', () => {
    const sheet = touchpointsToCsv(sampleWithNames('=Ada', 'Bo'))
    expect(sheet).toContain(`"'=Ada; Bo"`)
    const parsed = parseCsv(sheet, { rows: 100, fieldsPerRow: 64, fieldLength: 10_000 })
    if (!parsed.ok) expect.fail('own CSV must parse')
    // The persona column moved to the front.
    const at = parsed.rows[0]!.indexOf('persona')
    const moved = parsed.rows.map((row) => [row[at]!, ...row.filter((_, i) => i !== at)].map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n')
    const back = expectImported(importTouchpointCsv(moved, OPTIONS))
    expect(Object.values(back.doc.personas).map((p) => p.name).sort()).toEqual(['=Ada', 'Bo'])
  })
})
