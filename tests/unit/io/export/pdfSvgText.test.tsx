import { describe, expect, it } from 'vitest'
import { takeSvgText } from '../../../../src/io/export/pdfText/svgText'

const svg = (body: string) => new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg" font-family="Inter">${body}</svg>`, 'image/svg+xml').documentElement

describe('handing the export SVG text to the PDF shaping path', () => {
  it('takes every line of a card text box out of the SVG with its place, direction, size, weight and colour', () => {
    const root = svg(
      '<g class="card"><rect x="0" y="0" width="200" height="80"/>' +
        '<text x="190" font-size="15" fill="#14532d" text-anchor="start" direction="rtl" unicode-bidi="embed" dominant-baseline="central" xml:space="preserve">' +
        '<tspan x="190" y="20">کوچ به CRM</tspan><tspan x="190" y="41">در ۲ روز.</tspan></text></g>',
    )
    const lines = takeSvgText(root)
    expect(lines.map((l) => l.text)).toEqual(['کوچ به CRM', 'در ۲ روز.'])
    expect(lines[1]).toMatchObject({ x: 190, y: 41, central: true, anchor: 'start', direction: 'rtl', fontSize: 15, weight: 'normal', fill: '#14532d' })
    // svg2pdf draws what is left: the card's shape, no text of its own.
    expect(root.getElementsByTagName('text')).toHaveLength(0)
    expect(root.getElementsByTagName('rect')).toHaveLength(1)
  })

  it('inherits attributes from groups and applies their translate and scale', () => {
    const root = svg('<g font-weight="600" fill="#ffffff" transform="translate(100 50) scale(2)"><text x="5" y="10" font-size="14" text-anchor="middle">+3</text></g>')
    expect(takeSvgText(root)).toEqual([{ text: '+3', x: 110, y: 70, central: false, anchor: 'middle', direction: 'ltr', fontSize: 28, weight: '600', fill: '#ffffff', opacity: 1 }])
  })

  it('carries the fill-opacity of the text and the opacity of every group around it', () => {
    const root = svg('<g opacity="0.5"><text x="0" y="10" fill="#111111" fill-opacity="0.8">faded</text></g><text x="0" y="30" opacity="0.8">team</text><text x="0" y="50">plain</text>')
    expect(takeSvgText(root).map((l) => [l.text, l.opacity])).toEqual([
      ['faded', 0.4],
      ['team', 0.8],
      ['plain', 1],
    ])
  })

  it('drops empty and hidden text', () => {
    const root = svg('<text x="0" y="0">   </text><g display="none"><text x="0" y="0">secret</text></g>')
    expect(takeSvgText(root)).toEqual([])
    expect(root.getElementsByTagName('text')).toHaveLength(0)
  })
})
