import Konva from 'konva'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import '../../../src/canvas/warmLayers'

// The board's layers (warmLayers.ts) are drawn once for the board's first picture: Stage.add draws
// a layer at once, and the commit that added it has already asked for a draw in the next frame.

beforeAll(() => {
  // A 2D context that does nothing: these tests count draws, not pixels.
  const context = new Proxy({} as Record<PropertyKey, unknown>, {
    get: (target, key) => (key in target ? target[key] : key === 'getImageData' ? () => ({ data: new Uint8ClampedArray(4) }) : key === 'measureText' ? () => ({ width: 10 }) : () => undefined),
    set: (target, key, value) => {
      target[key] = value
      return true
    },
  })
  HTMLCanvasElement.prototype.getContext = (() => context) as unknown as HTMLCanvasElement['getContext']
})

const BoardLayer = (Konva as unknown as Record<string, new (config?: Konva.LayerConfig) => Konva.Layer>).BoardLayer as new (config?: Konva.LayerConfig) => Konva.Layer
const nextFrame = () => new Promise<void>((resolve) => Konva.Util.requestAnimFrame(() => resolve()))

function stage(): Konva.Stage {
  const container = document.createElement('div')
  document.body.appendChild(container)
  return new Konva.Stage({ container, width: 300, height: 200 })
}

function counted(layer: Konva.Layer): { draws: number } {
  const count = { draws: 0 }
  const own = layer.drawScene.bind(layer)
  layer.drawScene = (...args: Parameters<Konva.Layer['drawScene']>) => {
    count.draws++
    return own(...args)
  }
  return count
}

afterEach(() => {
  for (const s of [...Konva.stages]) s.destroy()
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

describe('the board layers', () => {
  it('draws a layer added with its nodes once, in the next frame, not also as it is added', async () => {
    const s = stage()
    const layer = new BoardLayer()
    const count = counted(layer)
    // As react-konva builds it: the nodes first (each asks for a draw), then the layer onto the stage.
    layer.add(new Konva.Rect({ width: 40, height: 30, fill: '#fde68a' }))
    s.add(layer)
    expect(count.draws).toBe(0)
    expect(layer.getCanvas()._canvas.isConnected).toBe(true)
    await nextFrame()
    await nextFrame()
    expect(count.draws).toBe(1)
  })

  it('draws a layer whose canvas is on the page when asked, a draw waiting or not', async () => {
    const s = stage()
    const layer = new BoardLayer()
    const count = counted(layer)
    s.add(layer)
    await nextFrame()
    await nextFrame()
    expect(count.draws).toBe(1)
    // A node added asks for a draw in the next frame; draw() on a layer on the page is not put off.
    layer.add(new Konva.Rect({ width: 40, height: 30, fill: '#fde68a' }))
    layer.draw()
    expect(count.draws).toBe(2)
  })
})
