import { describe, expect, it } from 'vitest'
import { setMapDirectionForTest } from './exportHelpers'
import type { JourneyDoc } from '../../../src/domain'
import { cardLayout } from '../../../src/domain/layout'
import { CHANNEL_ICON_PATHS, DEVICE_ICON_PATHS } from '../../../src/drawing/touchpointIcons'
import { exportFrame, headerLayout } from '../../../src/io/export/frame'
import { buildSvg } from '../../../src/io/export/svg/document'
import type { Measure } from '../../../src/io/export/svg/text'
import { buildSampleDoc } from '../domain/helpers'
import en from '../../../src/i18n/locales/en.board.json'
import fa from '../../../src/i18n/locales/fa.board.json'
import nb from '../../../src/i18n/locales/nb.board.json'
import tr from '../../../src/i18n/locales/tr.board.json'

const measure: Measure = (text, font) => text.length * (parseFloat(/(\d+)px/.exec(font)?.[1] ?? '15') * 0.55)
const t = (key: string) => ({ 'board.emotion.felt': 'Felt by them', 'board.emotion.intended': 'Meant by us' })[key] ?? key
const WORDS = { title: 'Map', sentiments: { positive: 'Positive', friction: 'Friction', decision: 'Decision', neutral: 'Neutral' }, felt: 'Felt', intended: 'Intended' }

function svgOf(doc: JourneyDoc): string {
  const frame = exportFrame(doc, { kind: 'map' })!
  return buildSvg({ doc, frame, header: headerLayout(doc, frame.header, WORDS, (s) => s.length * 8), t, measure, transparent: false, chosenPersona: null })
}

function iconTransforms(svg: string): { x: number; y: number; d: string }[] {
  return [...svg.matchAll(/<path class="touchpoint-icon" transform="translate\(([\d.-]+) ([\d.-]+)\) scale\([\d.]+\)" d="([^"]+)"/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), d: m[3]! }))
}

describe('touchpoint icons in the SVG export', () => {
  it('draws each card’s channel and device icon inside the card, at its bottom, channel first from the reading start', () => {
    const sample = buildSampleDoc()
    const advert = sample.doc.cards[sample.cards.advert]!
    const doc: JourneyDoc = { ...sample.doc, cards: { ...sample.doc.cards, [advert.id]: { ...advert, device: 'mobile' } } }
    const svg = svgOf(doc)
    const icons = iconTransforms(svg)
    const rect = cardLayout(doc).rects.get(advert.id)!
    const mine = icons.filter((i) => i.x >= rect.x && i.x <= rect.x + rect.width && i.y >= rect.y && i.y <= rect.y + rect.height)
    expect(mine.map((i) => i.d)).toEqual([CHANNEL_ICON_PATHS.socialMedia, DEVICE_ICON_PATHS.mobile])
    expect(mine[0]!.x).toBeLessThan(mine[1]!.x)
    expect(mine[0]!.y).toBeGreaterThan(rect.y + rect.height / 2)
    // Every touchpoint card of the sample (advert, flyer, website) has its channel drawn.
    expect(svg).toContain(`d="${CHANNEL_ICON_PATHS.postalMail}"`)
    expect(svg).toContain(`d="${CHANNEL_ICON_PATHS.webPage}"`)

    const rtl = setMapDirectionForTest(doc, 'rtl')
    const rtlRect = cardLayout(rtl).rects.get(advert.id)!
    const rtlIcons = iconTransforms(svgOf(rtl)).filter((i) => i.x >= rtlRect.x && i.x <= rtlRect.x + rtlRect.width && i.y >= rtlRect.y && i.y <= rtlRect.y + rtlRect.height)
    // In a right-to-left map the channel sits at the card's right end, the device left of it.
    expect(rtlIcons.map((i) => i.d)).toEqual([CHANNEL_ICON_PATHS.socialMedia, DEVICE_ICON_PATHS.mobile])
    expect(rtlIcons[0]!.x).toBeGreaterThan(rtlIcons[1]!.x)
  })
})

describe('the emotion lane key in the SVG export', () => {
  it('writes the felt (solid) and intended (dashed) key in the lane’s title column, in the export’s words', () => {
    const doc = buildSampleDoc().doc
    const svg = svgOf(doc)
    const key = /<g class="emotion-key">(.*?)<\/g>/.exec(svg)?.[1] ?? ''
    expect(key).toContain('>Felt by them<')
    expect(key).toContain('>Meant by us<')
    const felt = /<line data-key="felt"[^>]*>/.exec(key)?.[0] ?? ''
    const intended = /<line data-key="intended"[^>]*>/.exec(key)?.[0] ?? ''
    expect(felt).not.toContain('stroke-dasharray')
    expect(intended).toContain('stroke-dasharray')
    const x = Number(/x1="([\d.]+)"/.exec(felt)?.[1])
    expect(x).toBeLessThan(200)
  })
})

describe('lane kinds in the SVG export', () => {
  const kinds = { en: en.laneKinds.emotions, tr: tr.laneKinds.emotions, fa: fa.laneKinds.emotions, nb: nb.laneKinds.emotions }
  it.each(Object.entries(kinds))('writes the emotion lane kind in %s whole, on as many lines as it needs, never cut with "…"', (language, kind) => {
    const sample = buildSampleDoc().doc
    const doc = language === 'fa' ? setMapDirectionForTest(sample, 'rtl') : sample
    const frame = exportFrame(doc, { kind: 'map' })!
    const say = (key: string) => (key === 'board.laneKinds.emotions' ? kind : t(key))
    const svg = buildSvg({ doc, frame, header: headerLayout(doc, frame.header, WORDS, (s) => s.length * 8), t: say, measure, transparent: false, chosenPersona: null })
    const texts = [...svg.matchAll(/<text [^>]*font-size="14"[^>]*fill="#52525b"[^>]*>(.*?)<\/text>/g)].map((m) => [...m[1]!.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((s) => s[1]!))
    const shown = texts.find((lines) => lines.join(' ').startsWith(kind.split(' ')[0]!))
    expect(shown?.join(' ')).toBe(kind)
    for (const lines of texts) expect(lines.at(-1)).not.toMatch(/…$/)
  })
})
