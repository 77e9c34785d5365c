import type { TFunction } from 'i18next'
import type { ReactElement } from 'react'
import { describe, expect, it } from 'vitest'
import { laneTitleShapes, makeLabel } from '../../../src/canvas/grid/gridShapes'
import { createMap, createStarterDoc, newId, type WorkshopId } from '../../../src/domain'
import { gridLayout } from '../../../src/domain/layout'
import { laneFrame } from '../../../src/drawing/emotionGeometry'

// The emotion lane's title in Persian ("احساس تجربه‌شده و مطلوب") is as wide as the title column:
// wrapped onto the level faces that stand against the first step, its last word sat on a face.
const FEELS = 'احساس تجربه‌شده و مطلوب'
const t = ((key: string) => key) as unknown as TFunction
type TextProps = { text: string; x: number; width: number }

describe("an emotion lane's title", () => {
  for (const direction of ['ltr', 'rtl'] as const) {
    it(`keeps clear of the level faces (${direction})`, () => {
      const map = { ...createMap(newId<WorkshopId>(), 'Feels'), direction }
      const doc = createStarterDoc(map, { stages: ['Before'], step: (n) => `Step ${n}`, lanes: [['emotions', FEELS], ['actions', 'Actions']] })
      const grid = gridLayout(doc)
      const [feels, actions] = grid.rows
      const { faceX, faceRadius } = laneFrame(grid, feels!, [null])
      const title = (row: typeof feels) => (laneTitleShapes(grid, row!, doc.lanes[row!.laneId]!, t, makeLabel)[1] as ReactElement<TextProps>).props
      const box = title(feels)
      expect(box.text).toBe(FEELS)
      const clear = box.x + box.width <= faceX - faceRadius || box.x >= faceX + faceRadius
      expect(clear, `title ${box.x}..${box.x + box.width}, faces ${faceX - faceRadius}..${faceX + faceRadius}`).toBe(true)
      // Another lane's title keeps the whole column.
      expect(title(actions).width).toBeGreaterThan(box.width)
    })
  }
})

describe('lane titles laid out once per title, kind and height', () => {
  it('places the title and kind of a lane laid out like one above it at its own top', () => {
    const map = createMap(newId<WorkshopId>(), 'Twins')
    const doc = createStarterDoc(map, { stages: ['Before'], step: (n) => `Step ${n}`, lanes: [['actions', 'Front desk'], ['actions', 'Front desk'], ['actions', 'Back office']] })
    const grid = gridLayout(doc)
    const [first, second] = grid.rows
    const labels = (row: typeof first) => laneTitleShapes(grid, row!, doc.lanes[row!.laneId]!, t, makeLabel).slice(1) as ReactElement<TextProps & { y: number }>[]
    const [title1, kind1] = labels(first)
    const [title2, kind2] = labels(second)
    expect(second!.y).toBeGreaterThan(first!.y)
    expect(title2!.props.y - title1!.props.y).toBe(second!.y - first!.y)
    expect(kind2!.props.y - kind1!.props.y).toBe(second!.y - first!.y)
    // Asked again, the first lane's title is still at its own top.
    expect(labels(first)[0]!.props.y).toBe(title1!.props.y)
  })
})
