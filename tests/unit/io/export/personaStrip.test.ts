import { describe, expect, it } from 'vitest'
import { createPersona, createStep, type JourneyDoc, type Persona } from '../../../../src/domain'
import { exportFrame, HEADER_HEIGHT, headerLayout, MARGIN } from '../../../../src/io/export/frame'
import { planMapPages } from '../../../../src/io/export/pages'
import { CARD_WIDTHS, personaStripLayout, personaStripSource, STRIP_BOTTOM_GAP, stripHeightAt, type PersonaStripSource } from '../../../../src/io/export/personaStrip'
import { mapSheet } from '../../../../src/io/export/sheet'
import { buildSvg } from '../../../../src/io/export/svg/document'
import type { Measure } from '../../../../src/io/export/svg/text'
import { buildSampleDoc } from '../../domain/helpers'
import { setMapDirectionForTest, TEST_STAGE_NAMES } from '../exportHelpers'

// Every character is 0.55 of the font size wide: enough to know where lines break.
const measure: Measure = (text, font) => [...text].length * parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '15') * 0.55
const t = (key: string) => key
const WORDS = { title: 'Onboarding', sentiments: { positive: 'Positive', friction: 'Friction', decision: 'Decision', neutral: 'Neutral' }, felt: 'Felt', intended: 'Intended' }
const PHOTO = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
const LONG_QUOTE = 'I want to open the account from my phone on the bus, without a branch visit, a printer or a second call to the bank, and know at every step what happens next and how long it takes.'

/** The sample map (two personas in its header), with the personas given a role, a quote and (the first) a photo. */
function sampleDoc(direction: 'ltr' | 'rtl' = 'ltr', quotes: readonly string[] = ['Just let me do it on my phone.', 'Why do you need this twice?']): JourneyDoc {
  const doc = buildSampleDoc().doc
  const personas = { ...doc.personas } as Record<string, Persona>
  doc.map.personaIds.forEach((id, i) => {
    personas[id] = { ...personas[id]!, role: i === 0 ? 'Student moving abroad' : 'Freelance designer', quote: quotes[i] ?? '', photo: i === 0 ? PHOTO : null }
  })
  return setMapDirectionForTest({ ...doc, personas } as JourneyDoc, direction)
}

function source(doc: JourneyDoc): PersonaStripSource {
  const s = personaStripSource(doc, true, 'Unnamed persona', measure)
  if (!s) throw new Error('no strip')
  return s
}

/** A map wider than any page, with four personas: a page is narrower than the frame, so its strip takes more rows. */
function wideDocWithFour(): JourneyDoc {
  const doc = sampleDoc('ltr', ['A short one', LONG_QUOTE])
  const more = ['Cem Yılmaz', 'Dina Berg'].map((name) => ({ ...createPersona(doc.map.workshopId, name), quote: LONG_QUOTE }))
  const stageId = doc.map.stageIds[0]!
  const steps = Array.from({ length: 20 }, (_, i) => createStep(doc.map.id, stageId, `Step ${i + 1}`, 240))
  const stage = doc.stages[stageId]!
  return {
    ...doc,
    map: { ...doc.map, personaIds: [...doc.map.personaIds, ...more.map((p) => p.id)] },
    personas: { ...doc.personas, ...Object.fromEntries(more.map((p) => [p.id, p])) },
    steps: { ...doc.steps, ...Object.fromEntries(steps.map((st) => [st.id, st])) },
    stages: { ...doc.stages, [stageId]: { ...stage, stepIds: [...stage.stepIds, ...steps.map((st) => st.id)] } },
  } as JourneyDoc
}

const names = (doc: JourneyDoc) => doc.map.personaIds.map((id) => doc.personas[id]!.name)

describe('the persona strip of an export', () => {
  it('is nothing when not chosen or when the map shows no personas, and the frame stays as it was', () => {
    const doc = sampleDoc()
    expect(personaStripSource(doc, false, 'Unnamed', measure)).toBeNull()
    const none = { ...doc, map: { ...doc.map, personaIds: [] } }
    expect(personaStripSource(none, true, 'Unnamed', measure)).toBeNull()
    expect(stripHeightAt(null, 1000)).toBe(0)
    expect(personaStripLayout(null, { x: 0, y: 0, width: 1000 })).toBeNull()
    const plain = exportFrame(doc, { kind: 'map' })!
    expect(plain.strip).toBeNull()
    expect(plain.header.height).toBe(HEADER_HEIGHT)
  })

  it('runs from the left in map order, the photo or initials before name, role and quote', () => {
    const doc = sampleDoc()
    const strip = personaStripLayout(source(doc), { x: 100, y: 50, width: 1400 })!
    expect(strip.cards.map((c) => c.name.text)).toEqual(names(doc))
    const [first, second] = strip.cards
    expect(first!.box.x).toBe(100)
    expect(second!.box.x).toBeGreaterThanOrEqual(first!.box.x + first!.box.width)
    // One row: the same top, the same height.
    expect(second!.box.y).toBe(first!.box.y)
    expect(second!.box.height).toBe(first!.box.height)
    for (const card of strip.cards) {
      expect(card.avatar.cx + card.avatar.r).toBeLessThanOrEqual(card.name.box.x)
      expect(card.name.align).toBe('left')
      expect(card.role!.box.y).toBeGreaterThanOrEqual(card.name.box.y + card.name.box.height)
      expect(card.quote!.box.y).toBeGreaterThan(card.role!.box.y)
      expect(card.quote!.box.y + card.quote!.box.height).toBeLessThanOrEqual(card.box.y + card.box.height)
    }
    expect(first!.avatar.photo).toBe(PHOTO)
    expect(second!.avatar.photo).toBeNull()
    expect(second!.avatar.initials).toMatch(/^\p{Lu}{1,2}$/u)
  })

  it('runs from the right in a right-to-left map, the photo on the right of its card', () => {
    const doc = sampleDoc('rtl')
    const at = { x: 100, y: 50, width: 1400 }
    const strip = personaStripLayout(source(doc), at)!
    const [first, second] = strip.cards
    expect(first!.name.text).toBe(names(doc)[0])
    expect(first!.box.x + first!.box.width).toBe(at.x + at.width)
    expect(second!.box.x + second!.box.width).toBeLessThanOrEqual(first!.box.x)
    for (const card of strip.cards) {
      expect(card.avatar.cx - card.avatar.r).toBeGreaterThanOrEqual(card.name.box.x + card.name.box.width)
      expect(card.name.align).toBe('right')
      // The quote's bar is on its reading start: the right.
      expect(card.quoteBar!.x).toBeGreaterThanOrEqual(card.quote!.box.x + card.quote!.box.width)
    }
  })

  it('widens a card to keep its quote in two lines, and shows a quote too long for that in full, never cut', () => {
    const fits = 'Just let me open it on my phone, please'
    const doc = sampleDoc('ltr', [fits, LONG_QUOTE])
    const strip = personaStripLayout(source(doc), { x: 0, y: 0, width: 2000 })!
    const [short, long] = strip.cards
    expect(short!.box.width).toBe(CARD_WIDTHS[0])
    expect(short!.quote!.lines.length).toBeLessThanOrEqual(2)
    expect(long!.box.width).toBe(CARD_WIDTHS.at(-1))
    expect(long!.quote!.lines.length).toBeGreaterThan(2)
    expect(long!.quote!.lines.join(' ')).toBe(LONG_QUOTE)
    expect(long!.quote!.lines.join('')).not.toContain('…')
    // Every line fits its column, and the card (and so every card of the row) holds every line.
    for (const line of long!.quote!.lines) expect(measure(line, '400 14px Inter')).toBeLessThanOrEqual(long!.quote!.box.width)
    expect(long!.quote!.box.y + long!.quote!.box.height).toBeLessThanOrEqual(long!.box.y + long!.box.height)
    expect(short!.box.height).toBe(long!.box.height)
  })

  it('takes more rows on a narrow band, and is never taller across a wider one', () => {
    const doc = sampleDoc('ltr', ['A short one', LONG_QUOTE])
    const s = source(doc)
    const narrow = personaStripLayout(s, { x: 0, y: 0, width: 600 })!
    expect(new Set(narrow.cards.map((c) => c.box.y)).size).toBe(2)
    for (const c of narrow.cards) expect(c.box.x + c.box.width).toBeLessThanOrEqual(600)
    expect(stripHeightAt(s, 600)).toBe(narrow.box.height + STRIP_BOTTOM_GAP)
    let previous = Infinity
    for (let width = 300; width <= 2400; width += 20) {
      const h = stripHeightAt(s, width)
      expect(h).toBeLessThanOrEqual(previous)
      previous = h
    }
  })

  it('adds its height to the frame between the title band and the map, which does not move', () => {
    const doc = sampleDoc()
    const plain = exportFrame(doc, { kind: 'map' })!
    const withStrip = exportFrame(doc, { kind: 'map' }, source(doc))!
    const height = Math.ceil(stripHeightAt(source(doc), plain.header.width))
    expect(height).toBeGreaterThan(STRIP_BOTTOM_GAP)
    expect(withStrip.content).toEqual(plain.content)
    expect(withStrip.area.height).toBe(plain.area.height + height)
    expect(withStrip.header.height).toBe(HEADER_HEIGHT + height)
    expect(withStrip.strip).toEqual({ x: withStrip.header.x, y: withStrip.header.y + HEADER_HEIGHT, width: withStrip.header.width, height })
    expect(withStrip.strip!.y + withStrip.strip!.height).toBe(withStrip.content.y)
    expect(withStrip.area.y).toBe(withStrip.header.y - MARGIN)
  })

  it('fits in every PDF page’s header band, laid out across that page, above the map part', () => {
    const doc = wideDocWithFour()
    const s = source(doc)
    const frame = exportFrame(doc, { kind: 'map' }, s)!
    // The frame is wide enough for one row; an A4 page is not.
    expect(stripHeightAt(s, frame.header.width)).toBeLessThan(stripHeightAt(s, 1100))
    for (const paper of ['a4', 'a3', 'letter'] as const) {
      const plan = planMapPages(mapSheet(doc, frame, TEST_STAGE_NAMES, s), paper)
      for (const page of plan.pages) {
        const header = page.slices.find((slice) => slice.header)!
        expect(HEADER_HEIGHT + stripHeightAt(s, header.source.width)).toBeLessThanOrEqual(header.source.height + 2)
        expect(header.source.y + header.source.height).toBeLessThanOrEqual(frame.content.y)
      }
      expect(plan.pages.length).toBeGreaterThan(1)
    }
  })

  it('is drawn in the SVG: names, roles and quotes as text, the photo cut round, initials for the one without', () => {
    const doc = sampleDoc()
    const s = source(doc)
    const frame = exportFrame(doc, { kind: 'map' }, s)!
    const header = { ...headerLayout(doc, frame.header, WORDS, (x) => x.length * 8), strip: personaStripLayout(s, frame.strip!) }
    const svg = buildSvg({ doc, frame, header, t, measure, transparent: false, chosenPersona: null })
    const group = /<g class="personas">(.*?)<\/g><g clip-path/.exec(svg)?.[1] ?? ''
    for (const name of names(doc)) expect(group).toContain(`>${name}<`)
    expect(group).toContain('>Student moving abroad<')
    expect(group).toContain('>Why do you need this twice?<')
    expect(group.match(/<image class="persona-photo"/g)).toHaveLength(1)
    expect(group).toContain(`href="${PHOTO}"`)
    expect(group).toMatch(/<clipPath id="persona-photo-0"><circle/)
    expect(group).toContain(`>${header.strip!.cards[1]!.avatar.initials}<`)
    // A PDF page's map part below the band leaves the strip out.
    const body = buildSvg({ doc, frame, header, t, measure, transparent: false, chosenPersona: null, view: { ...frame.content, height: 200 } })
    expect(body).not.toContain('class="personas"')
  })
})
