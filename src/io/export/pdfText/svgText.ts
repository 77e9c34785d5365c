import type { Weight } from './shape'

// The export SVG is drawn into the PDF by svg2pdf for its shapes only: every <text> is taken out
// first and handed to the shaping path as lines (text, anchor point, direction, size, weight, colour),
// because svg2pdf places glyphs one by one from the font's cmap and cannot shape or order them.

/** One line of an SVG <text>, in the SVG's user units. */
export interface SvgTextLine {
  readonly text: string
  readonly x: number
  readonly y: number
  /** True when y is the line's middle (dominant-baseline central or middle), not its baseline. */
  readonly central: boolean
  readonly anchor: 'start' | 'middle' | 'end'
  readonly direction: 'ltr' | 'rtl'
  readonly fontSize: number
  readonly weight: Weight
  readonly fill: string
  /** The fill's alpha, 0..1: the text's fill-opacity times the opacity of it and every group around it. */
  readonly opacity: number
}

interface Transform {
  readonly scale: number
  readonly tx: number
  readonly ty: number
}

/** translate() and uniform scale() only: what the export SVGs use around text. */
function parseTransform(value: string | null, outer: Transform): Transform {
  if (!value) return outer
  let t = outer
  for (const m of value.matchAll(/(translate|scale)\(\s*([-\d.e]+)(?:[\s,]+([-\d.e]+))?\s*\)/g)) {
    const a = Number(m[2])
    const b = m[3] === undefined ? (m[1] === 'scale' ? a : 0) : Number(m[3])
    if (m[1] === 'translate') t = { scale: t.scale, tx: t.tx + t.scale * a, ty: t.ty + t.scale * b }
    else t = { scale: t.scale * Math.sqrt(Math.abs(a * b)), tx: t.tx, ty: t.ty }
  }
  return t
}

/** An attribute or its style property, inherited from the nearest ancestor that sets it. */
function inherited(el: Element, name: string): string | null {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const own = node.getAttribute(name)
    if (own !== null) return own
    const style = node.getAttribute('style')
    const m = style?.match(new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`))
    if (m?.[1]) return m[1].trim()
  }
  return null
}

function transformOf(el: Element): Transform {
  const chain: Element[] = []
  for (let node: Element | null = el; node; node = node.parentElement) chain.unshift(node)
  return chain.reduce<Transform>((t, node) => parseTransform(node.getAttribute('transform'), t), { scale: 1, tx: 0, ty: 0 })
}

function hidden(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.getAttribute('display') === 'none' || node.getAttribute('visibility') === 'hidden') return true
  }
  return false
}

const anchorOf = (value: string | null): SvgTextLine['anchor'] => (value === 'middle' || value === 'end' ? value : 'start')

const num = (value: string | null, fallback: number) => {
  const v = value === null ? NaN : parseFloat(value)
  return Number.isFinite(v) ? v : fallback
}

/** Group opacity applies to everything inside, so it multiplies down the chain; fill-opacity is inherited. */
function opacityOf(el: Element): number {
  let alpha = num(inherited(el, 'fill-opacity'), 1)
  for (let node: Element | null = el; node; node = node.parentElement) alpha *= num(node.getAttribute('opacity') ?? node.getAttribute('style')?.match(/(?:^|;)\s*opacity\s*:\s*([^;]+)/)?.[1] ?? null, 1)
  return Math.min(1, Math.max(0, alpha))
}

/**
 * Removes every <text> from the SVG and returns its lines (one per <tspan> that has its own
 * position, else one for the whole element), in the SVG's user units after transforms.
 */
export function takeSvgText(svg: Element): SvgTextLine[] {
  const lines: SvgTextLine[] = []
  for (const text of Array.from(svg.getElementsByTagName('text'))) {
    if (!hidden(text)) {
      const t = transformOf(text)
      const preserve = text.getAttribute('xml:space') === 'preserve'
      const clean = (s: string) => (preserve ? s.replace(/[\n\t]/g, ' ') : s.replace(/\s+/g, ' ').trim())
      const baseline = inherited(text, 'dominant-baseline') ?? ''
      const weightValue = inherited(text, 'font-weight') ?? 'normal'
      const common = {
        central: baseline === 'central' || baseline === 'middle',
        anchor: anchorOf(inherited(text, 'text-anchor')),
        direction: inherited(text, 'direction') === 'rtl' ? ('rtl' as const) : ('ltr' as const),
        fontSize: num(inherited(text, 'font-size'), 16) * t.scale,
        weight: weightValue === 'bold' || Number(weightValue) >= 600 ? ('600' as const) : ('normal' as const),
        fill: inherited(text, 'fill') ?? '#000000',
        opacity: opacityOf(text),
      }
      const x0 = num(text.getAttribute('x'), 0)
      const y0 = num(text.getAttribute('y'), 0)
      const spans = Array.from(text.getElementsByTagName('tspan'))
      const parts = spans.length > 0 ? spans.map((s) => ({ x: num(s.getAttribute('x'), x0), y: num(s.getAttribute('y'), y0), text: s.textContent ?? '' })) : [{ x: x0, y: y0, text: text.textContent ?? '' }]
      for (const part of parts) {
        const value = clean(part.text)
        if (value.trim() !== '') lines.push({ ...common, text: value, x: t.tx + t.scale * part.x, y: t.ty + t.scale * part.y })
      }
    }
    text.remove()
  }
  return lines
}
