// The bench's maps laid out by the app's own code in the browser. Cards grow to fit their text
// (the default), and only a canvas in the app's bundled fonts measures that text as the board
// does: a layout computed in Node gives every card the standard height, and the bench's samples
// and drag targets then miss the cards the board really draws.
import '@fontsource/inter/400.css'
import '@fontsource/inter/600.css'
import '@fontsource/vazirmatn/400.css'
import '@fontsource/vazirmatn/600.css'
import { setCardHeightRule } from '../../src/domain/cardFit'
import { cardLayout } from '../../src/domain/layout'
import { createCardHeightRule } from '../../src/drawing/cardFit'
import { createCanvasTextWidth } from '../../src/drawing/textMeasure'
import { loadEnvelope } from '../../src/format'
import { waitForFonts } from '../../src/ui/fonts'

export interface BrowserLayout {
  readonly rects: [string, { x: number; y: number; width: number; height: number }][]
  readonly bounds: { x: number; y: number; width: number; height: number }
  readonly columns: { stepId: string; x: number; width: number }[]
  readonly rows: { laneId: string; y: number; height: number }[]
}

declare global {
  interface Window {
    __benchLayout: (journeyText: string) => Promise<BrowserLayout>
  }
}

window.__benchLayout = async (journeyText) => {
  await waitForFonts(10_000)
  setCardHeightRule(createCardHeightRule(createCanvasTextWidth()))
  const loaded = loadEnvelope(JSON.parse(journeyText))
  if (!loaded.ok) throw new Error(`the bench map does not load: ${JSON.stringify(loaded.error)}`)
  const layout = cardLayout(loaded.value.doc)
  return {
    rects: [...layout.rects].map(([id, r]) => [id, { x: r.x, y: r.y, width: r.width, height: r.height }]),
    bounds: { ...layout.bounds },
    columns: layout.grid.columns.map((c) => ({ stepId: c.stepId, x: c.x, width: c.width })),
    rows: layout.grid.rows.map((r) => ({ laneId: r.laneId, y: r.y, height: r.height })),
  }
}
