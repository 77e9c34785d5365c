import { editableOwner, isEmotionRow, laneFrame, SHARED_CURVE_COLOR, stepHandles, HANDLE_RADIUS, type EmotionLaneFrame } from '../../../drawing/emotionGeometry'
import type { JourneyDoc, PersonaId } from '../../../domain'
import { columnCentre, EMOTION_LEVELS, emotionAt, emotionCurveOwners, gapRegions, levelToY, sampleCurve, type CurveKnot } from '../../../domain/emotion'
import { gridLayout } from '../../../domain/layout'
import { n, textBox, type Measure } from './text'

// The board's emotion colours (src/canvas/emotion/EmotionLayer.tsx).
const LEVEL_LINE = '#a1a1aa'
const GAP_FILL = '#f97316'
const AHEAD_FILL = '#22c55e'
const FACE_FILL: Record<number, string> = { [-2]: '#fca5a5', [-1]: '#fed7aa', 0: '#e5e7eb', 1: '#d9f99d', 2: '#86efac' }

function colorOf(doc: JourneyDoc, owner: PersonaId | null): string {
  return (owner !== null ? doc.personas[owner]?.color : undefined) ?? SHARED_CURVE_COLOR
}

/** The key's words, in the export's language. */
export interface EmotionKeyWords {
  readonly felt: string
  readonly intended: string
}

const KEY_SAMPLE = 26
const KEY_FONT_SIZE = 14
const KEY_INK = '#27272a'

/** The felt / intended key in the lane's title column, where the board's EmotionLayer draws it. */
function laneKeySvg(frame: EmotionLaneFrame, color: string, doc: JourneyDoc, words: EmotionKeyWords, measure: Measure): string {
  const box = frame.legend
  if (!box) return ''
  const rtl = doc.map.direction === 'rtl'
  const items = [
    { kind: 'felt', label: words.felt, dash: '', width: 3 },
    { kind: 'intended', label: words.intended, dash: ' stroke-dasharray="10 7"', width: 2.5 },
  ]
  const out = items.map((item, i) => {
    const y = box.y + i * box.rowHeight + box.rowHeight / 2
    const sx = rtl ? box.x + box.width - KEY_SAMPLE : box.x
    const label = { x: rtl ? box.x : box.x + KEY_SAMPLE + 8, y: y - box.rowHeight / 2, width: box.width - KEY_SAMPLE - 8, height: box.rowHeight }
    return (
      `<line data-key="${item.kind}" x1="${n(sx)}" y1="${n(y)}" x2="${n(sx + KEY_SAMPLE)}" y2="${n(y)}" stroke="${color}" stroke-width="${item.width}" stroke-linecap="round"${item.dash}/>` +
      textBox(item.label, label, doc.map.direction, { fontSize: KEY_FONT_SIZE, fontWeight: 'normal', lineHeight: 1.2, fill: KEY_INK, padding: 0, align: 'start', verticalAlign: 'middle', wrap: false }, measure)
    )
  })
  return `<g class="emotion-key">${out.join('')}</g>`
}

const points = (xs: readonly number[], ys: readonly number[]) => xs.map((x, i) => `${n(x)},${n(ys[i] ?? 0)}`).join(' ')

/**
 * The emotions lanes as on the board: level guides with a face per level, felt (solid) and intended
 * (dashed) curves for every persona with the chosen one on top, and the gap between them shaded.
 * The curve math is the board's own (src/domain/emotion.ts), so a right-to-left map runs leftwards.
 * The lane's felt / intended key goes in its title column, as on the board.
 */
export function emotionSvg(doc: JourneyDoc, chosen: PersonaId | null, words: EmotionKeyWords, measure: Measure): string {
  const grid = gridLayout(doc)
  const rows = grid.rows.filter((r) => isEmotionRow(doc, r))
  if (rows.length === 0 || grid.columns.length === 0) return ''
  const owners = emotionCurveOwners(doc)
  const active = editableOwner(owners, chosen)
  const rtl = grid.direction === 'rtl'
  const out: string[] = []
  for (const row of rows) {
    const frame = laneFrame(grid, row, owners)
    const gap = frame.faceRadius + 4
    const x0 = rtl ? 0 : frame.faceX + gap
    const x1 = rtl ? frame.faceX - gap : grid.width
    for (const level of EMOTION_LEVELS) {
      const y = levelToY(level, frame.band)
      const dash = level === 0 ? '' : ' stroke-dasharray="4 6"'
      out.push(`<line x1="${n(x0)}" y1="${n(y)}" x2="${n(x1)}" y2="${n(y)}" stroke="${LEVEL_LINE}" stroke-width="${level === 0 ? 1.5 : 1}" stroke-opacity="${level === 0 ? 0.6 : 0.35}"${dash}/>`)
      const r = frame.faceRadius
      const mouth = level * r * 0.18
      out.push(
        `<g transform="translate(${n(frame.faceX)} ${n(y)})"><circle r="${n(r)}" fill="${FACE_FILL[level] ?? FACE_FILL[0]}" stroke="#27272a" stroke-width="${n(Math.max(1, r / 9))}"/>`,
        `<circle cx="${n(-r * 0.36)}" cy="${n(-r * 0.22)}" r="${n(r * 0.11)}" fill="#27272a"/><circle cx="${n(r * 0.36)}" cy="${n(-r * 0.22)}" r="${n(r * 0.11)}" fill="#27272a"/>`,
        `<path d="M${n(-r * 0.4)} ${n(r * 0.3)}Q0 ${n(r * 0.3 + 2 * mouth)} ${n(r * 0.4)} ${n(r * 0.3)}" fill="none" stroke="#27272a" stroke-width="${n(Math.max(1, r / 7))}" stroke-linecap="round"/></g>`,
      )
    }
    const ordered = [...owners.filter((o) => o !== active), active]
    for (const owner of ordered) {
      const isActive = owner === active
      const felt: CurveKnot[] = []
      const intended: CurveKnot[] = []
      let anySet = false
      for (const column of grid.columns) {
        const value = emotionAt(doc.emotions, column.stepId, owner)
        anySet ||= value.set
        felt.push({ x: columnCentre(column), value: value.felt })
        intended.push({ x: columnCentre(column), value: value.intended })
      }
      const f = sampleCurve(felt, 12)
      const i = sampleCurve(intended, 12)
      const y = (v: number) => levelToY(v, frame.band)
      if (isActive) {
        for (const region of gapRegions(f.xs, f.values, i.values)) {
          const pts = region.points.map((p) => `${n(p.x)},${n(y(p.value))}`).join(' ')
          out.push(`<polygon points="${pts}" fill="${region.sign === 'gap' ? GAP_FILL : AHEAD_FILL}" fill-opacity="${region.sign === 'gap' ? 0.28 : 0.18}"/>`)
        }
      }
      const color = colorOf(doc, owner)
      const opacity = (anySet ? 1 : 0.45) * (isActive ? 1 : 0.6)
      const width = isActive ? 3 : 1.5
      out.push(
        `<polyline points="${points(i.xs, i.values.map(y))}" fill="none" stroke="${color}" stroke-width="${n(width * 0.85)}" stroke-dasharray="10 7" stroke-linecap="round" stroke-linejoin="round" stroke-opacity="${n(opacity)}"/>`,
        `<polyline points="${points(f.xs, f.values.map(y))}" fill="none" stroke="${color}" stroke-width="${n(width)}" stroke-linecap="round" stroke-linejoin="round" stroke-opacity="${n(opacity)}"/>`,
      )
      if (isActive) {
        for (const column of grid.columns) {
          for (const h of stepHandles(grid, frame.band, row.laneId, column, owner, emotionAt(doc.emotions, column.stepId, owner))) {
            const feltHandle = h.curve === 'felt'
            out.push(
              `<circle cx="${n(h.x)}" cy="${n(h.y)}" r="${HANDLE_RADIUS}" fill="${feltHandle ? color : '#ffffff'}" stroke="${feltHandle ? '#ffffff' : color}" stroke-width="${feltHandle ? 2 : 2.5}"${h.set ? '' : ' opacity="0.5"'}/>`,
            )
          }
        }
      }
    }
    out.push(laneKeySvg(frame, colorOf(doc, active), doc, words, measure))
  }
  return `<g class="emotions">${out.join('')}</g>`
}
