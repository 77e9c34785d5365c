import { act, startTransition } from 'react'
import { describe, expect, it } from 'vitest'
import { createDrawnView, DrawnCommits, DrawnViewContext, useDrawnArea, useDrawnZoom, type DrawnState } from '../../../src/canvas/drawnArea'
import { appStore } from '../../../src/store'
import { CULL_MARGIN_PX, cullRect } from '../../../src/canvas/viewport'
import { useDom } from '../support/renderDom'

const dom = useDom()

function Probe({ seen }: { seen: { x: number; zoom: number; detail: boolean }[] }) {
  const area = useDrawnArea(1000, 800)
  seen.push({ x: area.x, zoom: area.zoom, detail: area.detail })
  return null
}

describe('the drawn view the layers are built for', () => {
  it('builds the cull rect of its view and margin, and reports the state each commit was made with', () => {
    const drawn = createDrawnView({ x: 0, y: 0, zoom: 1 })
    const commits: DrawnState[] = []
    drawn.onCommit = () => commits.push(drawn.committed)
    const seen: { x: number; zoom: number; detail: boolean }[] = []
    dom.render(
      <DrawnViewContext.Provider value={drawn}>
        <DrawnCommits drawn={drawn} />
        <Probe seen={seen} />
      </DrawnViewContext.Provider>,
    )
    expect(seen.at(-1)?.x).toBe(cullRect({ x: 0, y: 0, zoom: 1 }, 1000, 800).x)

    // A pan's move, asked for in a transition: the layers' area and the committed state change together.
    const next = { viewport: { x: 3000, y: 0, zoom: 1 }, margin: CULL_MARGIN_PX + 512 }
    act(() => startTransition(() => drawn.store.setState(next)))
    expect(seen.at(-1)?.x).toBe(cullRect(next.viewport, 1000, 800, next.margin).x)
    expect(drawn.committed).toEqual(next)
    expect(commits.at(-1)).toEqual(next)

    // Zoomed out past reading text, the cards are blocks.
    act(() => drawn.store.setState({ viewport: { x: 0, y: 0, zoom: 0.05 }, margin: CULL_MARGIN_PX }))
    expect(seen.at(-1)).toMatchObject({ zoom: 0.05, detail: false })
    expect(drawn.committed.viewport.zoom).toBe(0.05)
  })

  it('gives marks sized for the screen the zoom the layers are drawn at: the live zoom of a pinch re-renders none of them', () => {
    const drawn = createDrawnView({ x: 0, y: 0, zoom: 1 })
    const zooms: number[] = []
    function Badge() {
      zooms.push(useDrawnZoom())
      return null
    }
    dom.render(
      <DrawnViewContext.Provider value={drawn}>
        <Badge />
      </DrawnViewContext.Provider>,
    )
    expect(zooms).toEqual([1])
    // A pinch: the store's view changes every frame while the tiles drawn at zoom 1 are scaled.
    for (const zoom of [0.95, 0.9, 0.86, 0.81]) act(() => appStore.getState().setViewport({ x: 0, y: 0, zoom }))
    expect(zooms).toEqual([1])
    // The layers are built at the new zoom: the marks follow.
    act(() => startTransition(() => drawn.store.setState({ viewport: { x: 0, y: 0, zoom: 0.5 }, margin: CULL_MARGIN_PX })))
    expect(zooms.at(-1)).toBe(0.5)
  })

  it('a wider margin builds further past the screen', () => {
    const vp = { x: 0, y: 0, zoom: 1 }
    const narrow = cullRect(vp, 1000, 800)
    const wide = cullRect(vp, 1000, 800, CULL_MARGIN_PX + 512)
    expect(wide.x).toBeLessThan(narrow.x)
    expect(wide.x + wide.width).toBeGreaterThan(narrow.x + narrow.width)
  })
})
