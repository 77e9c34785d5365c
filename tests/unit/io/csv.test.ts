import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BOM, CSV_COLUMNS, defuse, importTouchpointCsv, parseCsv, toCsv, touchpointsToCsv, undefuse } from '../../../src/io'
import { touchpointLabels } from '../../../src/io/touchpointLabels'
import enBoard from '../../../src/i18n/locales/en.board.json'
import faBoard from '../../../src/i18n/locales/fa.board.json'
import { buildSampleDoc } from '../domain/helpers'
import { expectFailure, expectImported } from './helpers'

const LIMITS = { rows: 1000, fieldsPerRow: 20, fieldLength: 1000 }
const OPTIONS = { title: 'From a sheet', untitledStage: 'Stage', untitledLane: 'Lane' }

describe('writing CSV', () => {
  it('starts with a BOM, quotes every field, doubles quotes and ends every line with CRLF', () => {
    expect(toCsv([['a', 'say "hi"'], ['line\nbreak', '']])).toBe(`${BOM}"a","say ""hi"""\r\n"line\nbreak",""\r\n`)
  })

  it.each([
    ['=HYPERLINK("http://evil")', `'=HYPERLINK("http://evil")`],
    ['+cmd|/c calc', `'+cmd|/c calc`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tindent', `'\tindent`],
    ['-2', '-2'],
    ['1.5', '1.5'],
    ['plain', 'plain'],
    ["'-already quoted", "''-already quoted"],
  ])('defuses %j as %j, and reading undoes it', (cell, safe) => {
    expect(defuse(cell)).toBe(safe)
    expect(undefuse(defuse(cell))).toBe(cell)
  })

  it('leaves a quote the exporter did not add', () => {
    expect(undefuse("'tis the season")).toBe("'tis the season")
  })
})

describe('reading CSV', () => {
  it('reads quoted and bare fields, CRLF and LF, a BOM, and no trailing blank row', () => {
    const parsed = parseCsv(`${BOM}"a","b ""c""",d\r\n"multi\r\nline",,x\ny,z\n\n`, LIMITS)
    expect(parsed).toEqual({ ok: true, rows: [['a', 'b "c"', 'd'], ['multi\r\nline', '', 'x'], ['y', 'z']] })
  })

  it('takes an unterminated quote as closed at the end', () => {
    expect(parseCsv('"open,field', LIMITS)).toEqual({ ok: true, rows: [['open,field']] })
  })

  it('stops at its limits and says where', () => {
    expect(parseCsv('a\n'.repeat(5), { ...LIMITS, rows: 3 })).toMatchObject({ ok: false, what: 'rows', limit: 3, line: 4 })
    expect(parseCsv(',,,,', { ...LIMITS, fieldsPerRow: 3 })).toMatchObject({ ok: false, what: 'fields' })
    expect(parseCsv(`"${'x'.repeat(1001)}"`, LIMITS)).toMatchObject({ ok: false, what: 'fieldLength' })
  })
})

describe('touchpoint CSV', () => {
  const { doc } = buildSampleDoc()

  it('has the documented header and a row per card in a cell, in reading order', () => {
    const csv = touchpointsToCsv(doc)
    expect(csv.startsWith(BOM)).toBe(true)
    const parsed = parseCsv(csv, LIMITS)
    if (!parsed.ok) expect.fail('own CSV must parse')
    const [header, ...rows] = parsed.rows
    expect(header).toEqual([...CSV_COLUMNS])
    expect(header?.slice(0, 11)).toEqual(['stage', 'step', 'lane', 'text', 'sentiment', 'channel', 'device', 'team', 'metrics', 'emotion_felt', 'emotion_intended'])
    // Six cards sit in cells; the free note is not a touchpoint.
    expect(rows.map((r) => r[3])).toEqual(['Instagram advert', 'Flyer in the post', 'Website comparison table', 'Get paid on time', 'Asked for a utility bill twice', 'Card declined abroad'])
    expect(rows[0]?.slice(0, 12)).toEqual(['Discover', 'Sees an advert', 'Touchpoints', 'Instagram advert', 'positive', 'socialMedia', '', '', '', '1', '1', 'touchpoints'])
    // The shared curve only: Ada's and Bo's points are not the step's emotion.
    expect(rows[3]?.slice(9, 11)).toEqual(['', ''])
    expect(rows[5]?.slice(9, 11)).toEqual(['2', '2'])
    expect(csv.split('\r\n')).toHaveLength(8)
  })

  it('writes sentiment, channel and lane kind as words in the export language, the codes and personas beside them', () => {
    for (const [board, words] of [
      [enBoard, ['Positive', 'Social media', 'Touchpoints']],
      [faBoard, ['مثبت', 'رسانه‌های اجتماعی', 'نقاط تماس']],
    ] as const) {
      const csv = touchpointsToCsv(doc, touchpointLabels(lookup({ board })))
      const parsed = parseCsv(csv, LIMITS)
      if (!parsed.ok) expect.fail('own CSV must parse')
      const [header, first, , website, getPaid] = parsed.rows
      const column = (row: string[] | undefined, name: string) => row?.[header!.indexOf(name)]
      expect([column(first, 'sentiment'), column(first, 'channel'), column(first, 'lane_kind')]).toEqual(words)
      expect([column(first, 'sentiment_code'), column(first, 'channel_code'), column(first, 'lane_kind_code')]).toEqual(['positive', 'socialMedia', 'touchpoints'])
      expect(column(website, 'channel_code')).toBe('webPage')
      expect(column(website, 'channel')).toBe(board.cards.channels.webPage)
      expect(column(website, 'channel')).not.toBe('webPage')
      expect(column(first, 'persona')).toBe('Ada')
      expect(column(getPaid, 'persona')).toBe('Ada; Bo')
      // Re-import reads the codes, whatever language the words are in.
      const back = expectImported(importTouchpointCsv(csv, OPTIONS))
      expect(Object.values(back.doc.cards).map((c) => [c.text, c.sentiment, c.channel])).toContainEqual(['Website comparison table', 'decision', 'webPage'])
      expect(Object.values(back.doc.lanes).map((l) => l.kind)).toEqual(['touchpoints', 'jobs', 'painPoints'])
      expect(back.notes).toEqual([])
    }
  })

  it('reads words in any of the four languages when a sheet has no code columns', () => {
    const sheet = 'step,text,sentiment,channel,lane_kind\r\nPays,Card declined,نقطه اصطکاک,Telefon,Pain points\r\n'
    const result = expectImported(importTouchpointCsv(sheet, OPTIONS))
    expect(Object.values(result.doc.cards).map((c) => [c.sentiment, c.channel])).toEqual([['friction', 'phone']])
    expect(Object.values(result.doc.lanes).map((l) => l.kind)).toEqual(['painPoints'])
  })

  it('writes metrics as name=value pairs and reads them back', () => {
    const card = Object.values(doc.cards)[0]!
    const withMetrics = { ...doc, cards: { ...doc.cards, [card.id]: { ...card, metrics: [{ name: 'NPS', value: '42' }, { name: 'CSAT', value: '4.1' }] } } }
    const csv = touchpointsToCsv(withMetrics)
    expect(csv).toContain('"NPS=42; CSAT=4.1"')
    const back = expectImported(importTouchpointCsv(csv, OPTIONS))
    expect(Object.values(back.doc.cards).find((c) => c.text === card.text)?.metrics).toEqual([
      { name: 'NPS', value: '42' },
      { name: 'CSAT', value: '4.1' },
    ])
  })

  it('escapes a ; inside a metric as \\; (and a backslash as \\\\) and reads the same metrics back', () => {
    const card = Object.values(doc.cards)[0]!
    const metrics = [
      { name: 'Wait; peak', value: '3 min; 5 min' },
      { name: 'Path', value: 'C:\\logs\\' },
      { name: 'NPS', value: '42' },
    ]
    const csv = touchpointsToCsv({ ...doc, cards: { ...doc.cards, [card.id]: { ...card, metrics } } })
    expect(csv).toContain('"Wait\\; peak=3 min\\; 5 min; Path=C:\\\\logs\\\\; NPS=42"')
    const back = expectImported(importTouchpointCsv(csv, OPTIONS))
    expect(Object.values(back.doc.cards).find((c) => c.text === card.text)?.metrics).toEqual(metrics)
  })

  it('reads back any metrics made of ;, \\, = and spaces (a name without = or spaces at its ends)', () => {
    const card = Object.values(doc.cards)[0]!
    const word = fc.stringMatching(/^[a-z;\\= ]{0,8}$/).map((w) => w.trim())
    const metric = fc.record({ name: word.map((w) => w.replace(/=/g, '').trim()).filter((w) => w !== ''), value: word })
    fc.assert(
      fc.property(fc.array(metric, { maxLength: 4 }), (metrics) => {
        const csv = touchpointsToCsv({ ...doc, cards: { ...doc.cards, [card.id]: { ...card, metrics } } })
        const back = expectImported(importTouchpointCsv(csv, OPTIONS))
        expect(Object.values(back.doc.cards).find((c) => c.text === card.text)?.metrics).toEqual(metrics)
      }),
      { numRuns: 200 },
    )
  })

  it('re-imports into the same stages, steps, lanes, cards and shared emotions', () => {
    const back = expectImported(importTouchpointCsv(touchpointsToCsv(doc), OPTIONS))
    const titles = (d: typeof doc) => d.map.stageIds.map((id) => d.stages[id]?.title)
    expect(titles(back.doc)).toEqual(['Discover', 'Sign up', 'First use'])
    // Steps with no card leave no row, so "Verifies identity" is back (a card sits there) but an empty step would not be.
    expect(Object.values(back.doc.steps).map((s) => s.title).sort()).toEqual(['Compares banks', 'Fills in the form', 'First payment', 'Sees an advert', 'Verifies identity'])
    expect(Object.values(back.doc.lanes).map((l) => [l.title, l.kind])).toEqual([
      ['Touchpoints', 'touchpoints'],
      ['Jobs', 'jobs'],
      ['Pain points', 'painPoints'],
    ])
    const cards = Object.values(back.doc.cards).map((c) => [c.text, c.sentiment, c.channel])
    expect(cards).toContainEqual(['Instagram advert', 'positive', 'socialMedia'])
    expect(cards).toContainEqual(['Card declined abroad', 'friction', null])
    expect(Object.values(back.doc.emotions).map((e) => [back.doc.steps[e.stepId]?.title, e.felt, e.intended]).sort()).toEqual([
      ['First payment', 2, 2],
      ['Sees an advert', 1, 1],
    ])
    expect(back.repairs).toEqual([])
    expect(back.notes).toEqual([])
  })

  it('keeps formula-looking text as text through a round trip', () => {
    const card = Object.values(doc.cards)[0]!
    const hostile = { ...doc, cards: { [card.id]: { ...card, text: '=cmd|" /C calc"!A0' } } }
    const csv = touchpointsToCsv(hostile)
    expect(csv).toContain(`"'=cmd|"" /C calc""!A0"`)
    expect(Object.values(expectImported(importTouchpointCsv(csv, OPTIONS)).doc.cards)[0]?.text).toBe('=cmd|" /C calc"!A0')
  })

  it('reads a hand-made sheet: columns in any order, unknown values reported, nothing dropped', () => {
    const sheet = 'Text,Step,Stage,Sentiment,Channel\r\nCalls support,Gets help,After,angry,fax\r\nNo step here,,After,,\r\nReads FAQ,Gets help,After,positive,webPage\r\n'
    const result = expectImported(importTouchpointCsv(sheet, OPTIONS))
    expect(result.doc.map.title).toBe('From a sheet')
    expect(Object.values(result.doc.cards).map((c) => [c.text, c.sentiment, c.channel])).toEqual([
      ['Calls support', 'neutral', null],
      ['No step here', 'neutral', null],
      ['Reads FAQ', 'positive', 'webPage'],
    ])
    expect(Object.values(result.doc.steps).map((s) => s.title)).toEqual(['Gets help', ''])
    expect(Object.values(result.doc.lanes).map((l) => l.title)).toEqual(['Lane'])
    expect(result.notes).toEqual([{ key: 'import.note.unknownValues', values: { count: 2 } }])
  })

  it('refuses a sheet without a step column or without rows', () => {
    expect(expectFailure(importTouchpointCsv('name,value\r\na,1\r\n', OPTIONS))).toMatchObject({ kind: 'invalid' })
    expect(expectFailure(importTouchpointCsv('stage,step\r\n', OPTIONS))).toEqual({ kind: 'empty', source: 'csv' })
  })
})

/** A translate function over a board catalogue, as i18next resolves `board.*` keys. */
function lookup(catalogue: { board: unknown }): (key: string) => string {
  return (key) => {
    const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue)
    if (typeof value !== 'string') throw new Error(`no text for ${key}`)
    return value
  }
}
