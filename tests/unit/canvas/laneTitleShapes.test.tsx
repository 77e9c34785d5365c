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
