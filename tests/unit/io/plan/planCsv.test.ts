import { describe, expect, it } from 'vitest'
import type { Action, CardId } from '../../../../src/domain'
import { defuse, parseCsv } from '../../../../src/io/csv'
import { COLUMN_ALIASES, normalizeName, PLAN_COLUMNS, STATUS_ALIASES } from '../../../../src/io/plan/aliases'
import { describePlanImportError, describePlanImportProblem, importPlanCsv, PLAN_IMPORT_LIMITS, planToCsv } from '../../../../src/io/plan'
import { buildSampleDoc } from '../../domain/helpers'
import { action, idMaker, translator } from './planHelpers'

const sample = buildSampleDoc()
const { doc, cards } = sample
const mapId = doc.map.id
const rowsOf = (csv: string) => {
  const parsed = parseCsv(csv, { rows: 1000, fieldsPerRow: 100, fieldLength: 100_000 })
  if (!parsed.ok) throw new Error('did not parse')
  return parsed.rows
}
const plan: Action[] = [
  action(mapId, { title: 'Shorter sign-up form', deliverable: 'A one-page form\nwith three fields', cardIds: [cards.formPain, cards.website], owner: 'Service', due: '2026-12-05', status: 'planned', impact: 5, effort: 2, automation: 'partly', automationNote: 'Prefill from ID', votes: 7 }),
  action(mapId, { title: '=HYPERLINK("http://evil","x")', cardIds: [cards.note], status: 'done', impact: 2, effort: 5, automation: 'fully', votes: 0 }),
  action(mapId, { title: 'Kargo takibi «ışık» — Ödeme', owner: 'Müşteri hizmetleri', status: 'dropped', impact: 4, effort: 4 }),
  action(mapId, { title: 'پیگیری مرسوله', owner: 'پشتیبانی', status: 'doing', impact: 1, effort: 1, due: '2027-03-21' }),
]
const options = { mapId, now: 5_000, newActionId: idMaker() }

describe('plan CSV export', () => {
  it('writes a BOM, CRLF, localized headers and words, ISO dates, cards and stages one per line, ids last', async () => {
    const csv = planToCsv(plan, doc, await translator('en'))
    expect(csv.startsWith('\uFEFF"Title","Deliverable","Cards","Stages","Owner","Due date","Status","Impact","Effort","Quadrant","Automation","Automation note","Votes","Action ID","Card IDs"\r\n')).toBe(true)
    const [, first, second] = rowsOf(csv)
    expect(first).toEqual([
      'Shorter sign-up form',
      'A one-page form\nwith three fields',
      'Asked for a utility bill twice\nWebsite comparison table',
      'Sign up\nDiscover',
      'Service',
      '2026-12-05',
      'Planned',
      '5',
      '2',
      'Quick wins',
      'Partly',
      'Prefill from ID',
      '7',
      plan[0]!.id,
      `${cards.formPain} ${cards.website}`,
    ].map((cell, i) => (i >= 13 ? defuse(cell) : cell)))
    // A free note has no stage; a formula is defused with a quote.
    expect(second?.slice(0, 4)).toEqual(["'=HYPERLINK(\"http://evil\",\"x\")", '', 'Ask legal about KYC', ''])
    expect(second?.[9]).toBe('Thankless tasks')
  })

  it('leaves out cards deleted from the map', async () => {
    const gone = action(mapId, { cardIds: ['deleted-card' as CardId, cards.advert] })
    const [, row] = rowsOf(planToCsv([gone], doc, await translator('en')))
    expect(row?.[2]).toBe('Instagram advert')
    // As written: a random id may start with '-', which the CSV defuses like any cell.
    expect(row?.[14]).toBe(defuse(cards.advert))
  })

  it.each(['fa', 'tr', 'nb'] as const)('writes the headers and words in %s, numbers and dates in ASCII', async (language) => {
    const t = await translator(language)
    const [header, first] = rowsOf(planToCsv(plan, doc, t))
    expect(header).toEqual(PLAN_COLUMNS.map((c) => t(`plan.column.${c}`)))
    expect(first?.[5]).toBe('2026-12-05')
    expect(first?.[6]).toBe(t('plan.status.planned'))
    expect(first?.[7]).toBe('5')
  })
})

function comparable(a: Action) {
  const { id: _id, createdAt: _created, ...rest } = a
  return rest
}

describe('plan CSV import', () => {
  it.each(['en', 'fa', 'tr', 'nb'] as const)('reads back what it wrote in %s: every field, new ids, the source ids, no problems', async (language) => {
    const result = importPlanCsv(planToCsv(plan, doc, await translator(language)), doc, { ...options, newActionId: idMaker() })
    if (!result.ok) throw new Error(result.error.kind)
    expect(result.problems).toEqual([])
    // The note card is free, but on the map: it stays.
    expect(result.actions.map((a) => comparable(a.action))).toEqual(plan.map(comparable))
    expect(result.actions.map((a) => a.sourceId)).toEqual(plan.map((a) => a.id))
    expect(result.actions.map((a) => a.action.id)).toEqual(['new-1', 'new-2', 'new-3', 'new-4'])
    expect(result.actions.map((a) => a.action.createdAt)).toEqual([5000, 5001, 5002, 5003])
    expect(result.actions.map((a) => a.line)).toEqual([2, 3, 4, 5])
  })

  it('reads machine-key headers in any order, values as keys or in another language, extra columns ignored', () => {
    const text = 'notes,effort,status,title,impact,automation,automation_note,due,card_ids\n' + 'x,2,partly done?,A,4,tamamen,note,2026-01-31,\n' + 'y,5,FERDIG,B,1,تا حدی,,,\n' + 'z,3,برنامه ریزی شده,C,3,Fully,,,\n'
    const result = importPlanCsv(text, doc, options)
    if (!result.ok) throw new Error(result.error.kind)
    expect(result.actions.map((a) => [a.action.title, a.action.status, a.action.automation, a.action.impact, a.action.effort])).toEqual([
      ['A', 'idea', 'fully', 4, 2],
      ['B', 'done', 'partly', 1, 5],
      ['C', 'planned', 'fully', 3, 3],
    ])
    expect(result.problems).toEqual([{ kind: 'statusUnknown', line: 2, value: 'partly done?', status: 'idea' }])
  })

  it('keeps every row, fixing and reporting what it cannot use', () => {
    const rows = [
      'Title,Impact,Effort,Status,Automation,Due date,Votes,Card IDs,Action ID',
      `Too high,9,0,Blocked,maybe,31/12/2026,-2,${cards.advert} nope ${cards.advert},same`,
      'Words,high,,,,05.12.2026,3.5,,same',
      'Persian digits,۴,۲,,,۲۰۲۶-۰۲-۳۰,۱۲,,',
      ',,,,,,,,',
      ',3,3,,,,,,',
    ]
    const result = importPlanCsv(rows.join('\r\n'), doc, options)
    if (!result.ok) throw new Error(result.error.kind)
    const [tooHigh, words, persian, untitled] = result.actions.map((a) => a.action)
    expect(result.actions).toHaveLength(4)
    expect([tooHigh?.impact, tooHigh?.effort, tooHigh?.status, tooHigh?.automation, tooHigh?.due, tooHigh?.votes, tooHigh?.cardIds]).toEqual([5, 1, 'idea', 'no', '', 0, [cards.advert]])
    expect([words?.impact, words?.effort, words?.due, words?.votes]).toEqual([3, 3, '2026-12-05', 4])
    // 30 February is no day.
    expect([persian?.impact, persian?.effort, persian?.due, persian?.votes]).toEqual([4, 2, '', 12])
    expect(untitled?.title).toBe('')
    expect(result.problems.map((p) => `${p.line}:${p.kind}`)).toEqual([
      '2:cardsMissing',
      '2:dateInvalid',
      '2:statusUnknown',
      '2:scoreClamped',
      '2:scoreClamped',
      '2:automationUnknown',
      '2:votesInvalid',
      '3:duplicateId',
      '3:scoreInvalid',
      '3:votesInvalid',
      '4:dateInvalid',
    ])
  })

  it('says what went wrong in the person\u2019s language, with their digits', async () => {
    const fa = await translator('fa')
    const result = importPlanCsv('Title,Impact\nA,9\n', doc, options)
    if (!result.ok) throw new Error(result.error.kind)
    expect(describePlanImportProblem(fa, result.problems[0]!)).toBe('ردیف ۲: اثر «9» بین ۱ تا ۵ نیست؛ ۵ گذاشته شد.')
    const en = await translator('en')
    expect(describePlanImportProblem(en, { kind: 'cardsMissing', line: 3, count: 2 })).toBe('Row 3: 2 cards are not on this map; left out.')
    expect(describePlanImportError(en, { kind: 'tooManyRows', limit: 2000 })).toBe('The file has too many rows: at most 2,000 actions.')
  })

  it('refuses files it cannot read as a plan, with a reason, and never throws', () => {
    expect(importPlanCsv('', doc, options)).toEqual({ ok: false, error: { kind: 'noHeader' } })
    expect(importPlanCsv('stage,step,lane,text\nA,B,C,D\n', doc, options)).toEqual({ ok: false, error: { kind: 'noHeader' } })
    expect(importPlanCsv(`Title\n${'x\n'.repeat(PLAN_IMPORT_LIMITS.rows + 1)}`, doc, options)).toEqual({ ok: false, error: { kind: 'tooManyRows', limit: PLAN_IMPORT_LIMITS.rows } })
    expect(importPlanCsv(`Title\n${','.repeat(PLAN_IMPORT_LIMITS.columns)}\n`, doc, options)).toMatchObject({ ok: false, error: { kind: 'tooManyColumns', line: 2 } })
    expect(importPlanCsv('x'.repeat(PLAN_IMPORT_LIMITS.chars + 1), doc, options)).toMatchObject({ ok: false, error: { kind: 'tooLarge' } })
    expect(importPlanCsv(`Title\n"${'y'.repeat(PLAN_IMPORT_LIMITS.cellChars + 1)}"\n`, doc, options)).toMatchObject({ ok: false, error: { kind: 'fieldTooLong' } })
    // An unterminated quote ends the file: the row is still read.
    const open = importPlanCsv('Title,Owner\n"Half, open', doc, options)
    expect(open.ok && open.actions.map((a) => a.action.title)).toEqual(['Half, open'])
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const alphabet = 'Title,Impact"\r\n\u0000;=+-ی۵é'
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: Math.floor(random() * 200) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')
      expect(() => importPlanCsv(text, doc, options)).not.toThrow()
    }
  })

  it('cuts a text over the format limit and says so, and strips control characters', () => {
    const long = 'a'.repeat(100_001)
    const result = importPlanCsv(`Title,Owner\n"${long}","Bo\u0007b"\n`, doc, options)
    if (!result.ok) throw new Error(result.error.kind)
    expect(result.actions[0]?.action.title).toHaveLength(100_000)
    expect(result.actions[0]?.action.owner).toBe('Bob')
    expect(result.problems).toEqual([{ kind: 'textCut', line: 2, column: 'title', limit: 100_000 }])
  })
})

describe('plan CSV names', () => {
  it('every language\u2019s header and status words lead back to their own key', async () => {
    for (const language of ['en', 'tr', 'fa', 'nb'] as const) {
      const t = await translator(language)
      for (const column of PLAN_COLUMNS) expect(COLUMN_ALIASES.get(normalizeName(t(`plan.column.${column}`)))).toBe(column)
      for (const status of ['idea', 'planned', 'doing', 'done', 'dropped'] as const) expect(STATUS_ALIASES.get(normalizeName(t(`plan.status.${status}`)))).toBe(status)
    }
  })
})
