import { describe, expect, it } from 'vitest'
import type { TFunction } from 'i18next'
import { createEmotionUi } from '../../../src/canvas/emotion/emotionUi'
import { beginEmotionDrag, nudgeFocused } from '../../../src/canvas/emotion/gesture'
import { editableOwner, hitEmotion, HANDLE_RADIUS, laneFrame, locateHandle, neighbourTarget, type Handle } from '../../../src/drawing/emotionGeometry'
import { describeLevel, formatScore } from '../../../src/canvas/emotion/levels'
import { applyCommand, createMap, createPersona, createStarterDoc, type JourneyDoc, type StepId, type WorkshopId } from '../../../src/domain'
import { columnCentre, emotionAt, emotionBand, levelToY } from '../../../src/domain/emotion'
import { gridLayout, LAYOUT } from '../../../src/domain/layout'
import { createAppStore, loadDoc, redo, undo } from '../../../src/store'

function starter(direction: 'ltr' | 'rtl' = 'ltr'): JourneyDoc {
  const map = { ...createMap('w1' as WorkshopId, 'Map'), direction }
  return createStarterDoc(map, { stages: ['Before', 'During'], step: (n) => `Step ${n}`, lanes: [['actions', 'Actions'], ['emotions', 'Emotional intent']] })
}

function place(doc: JourneyDoc, stepIndex = 1) {
  const grid = gridLayout(doc)
  const row = grid.rows[1]!
  const column = grid.columns[stepIndex]!
  const band = emotionBand(row)
  return { grid, row, column, band, x: columnCentre(column), y: (level: number) => levelToY(level, band) }
}

function handleAt(doc: JourneyDoc, at: { x: number; y: number }, zoom = 1): Handle {
  const hit = hitEmotion(doc, at, zoom, null)
  if (!hit) throw new Error(`no handle at ${at.x},${at.y}`)
  return hit
}

describe('emotion handles on the board', () => {
  it('splits the felt and intended handles of an unscored step, felt towards the reading start', () => {
    const doc = starter()
    const p = place(doc)
    const felt = handleAt(doc, { x: p.x - 9, y: p.y(0) })
    const intended = handleAt(doc, { x: p.x + 9, y: p.y(0) })
    expect(felt).toMatchObject({ curve: 'felt', stepId: p.column.stepId, personaId: null, value: 0, set: false })
    expect(intended).toMatchObject({ curve: 'intended', value: 0 })
    expect(felt.x).toBeLessThan(intended.x)

    const rtl = starter('rtl')
    const q = place(rtl)
    expect(handleAt(rtl, { x: q.x + 9, y: q.y(0) }).curve).toBe('felt')
  })

  it('puts both handles on the column centre once they are apart', () => {
    const doc0 = starter()
    const p = place(doc0)
    const doc = applyCommand(doc0, { type: 'setEmotion', stepId: p.column.stepId, personaId: null, felt: -2, intended: 1 })
    expect(handleAt(doc, { x: p.x, y: p.y(-2) })).toMatchObject({ curve: 'felt', x: p.x, value: -2, set: true })
    expect(handleAt(doc, { x: p.x + 3, y: p.y(1) - 3 })).toMatchObject({ curve: 'intended', x: p.x, value: 1 })
    // Between the two, nothing: a press there may start a marquee as usual.
    expect(hitEmotion(doc, { x: p.x, y: p.y(-0.5) }, 1, null)).toBeNull()
  })

  it('finds nothing outside emotion lanes or in a collapsed one', () => {
    const doc = starter()
    const p = place(doc)
    const actions = gridLayout(doc).rows[0]!
    expect(hitEmotion(doc, { x: p.x, y: actions.y + actions.height / 2 }, 1, null)).toBeNull()
    const collapsed = applyCommand(doc, { type: 'setLaneCollapsed', laneId: p.row.laneId, collapsed: true })
    expect(hitEmotion(collapsed, { x: p.x - 9, y: gridLayout(collapsed).rows[1]!.y + 20 }, 1, null)).toBeNull()
  })

  it('widens the grab radius when zoomed out', () => {
    const doc = starter()
    const p = place(doc)
    const near = { x: p.x - 9, y: p.y(0) + HANDLE_RADIUS + 12 }
    expect(hitEmotion(doc, near, 1, null)).toBeNull()
    expect(hitEmotion(doc, near, 0.4, null)).toMatchObject({ curve: 'felt' })
  })

  it('with several personas edits the chosen one, places a chip per persona and ignores shared points', () => {
    let doc = starter()
    const ana = createPersona(doc.map.workshopId, 'Ana Lima', '#2563eb')
    const ben = createPersona(doc.map.workshopId, 'Ben', '#16a34a')
    doc = applyCommand(doc, { type: 'addPersona', persona: ana, onMap: true })
    doc = applyCommand(doc, { type: 'addPersona', persona: ben, onMap: true })
    const p = place(doc)
    doc = applyCommand(doc, { type: 'setEmotion', stepId: p.column.stepId, personaId: null, felt: 2, intended: 2 })
    doc = applyCommand(doc, { type: 'setEmotion', stepId: p.column.stepId, personaId: ben.id, felt: -1, intended: 1 })

    expect(editableOwner([ana.id, ben.id], null)).toBe(ana.id)
    expect(editableOwner([ana.id, ben.id], ben.id)).toBe(ben.id)
    expect(handleAt(doc, { x: p.x - 9, y: p.y(0) })).toMatchObject({ personaId: ana.id, curve: 'felt', set: false })
    expect(hitEmotion(doc, { x: p.x, y: p.y(2) }, 1, null)).toBeNull()
    expect(hitEmotion(doc, { x: p.x, y: p.y(-1) }, 1, ben.id)).toMatchObject({ personaId: ben.id, curve: 'felt' })

    const frame = laneFrame(p.grid, p.row, [ana.id, ben.id])
    expect(frame.chips.map((c) => c.personaId)).toEqual([ana.id, ben.id])
    const chip = frame.chips[1]!
    // The chips sit in the lane's title column, above the legend.
    expect(chip.x).toBeLessThan(LAYOUT.laneTitleWidth)
    expect(chip.y).toBeLessThan(frame.legend!.y)
  })

  it('keeps faces, legend and chips in the title column on the leading side of an rtl map', () => {
    const doc = starter('rtl')
    const p = place(doc)
    const frame = laneFrame(p.grid, p.row, ['a' as never, 'b' as never])
    expect(frame.faceX).toBeGreaterThan(p.grid.laneTitleX)
    expect(frame.faceX).toBeLessThan(p.grid.laneTitleX + 40)
    expect(frame.legend!.x).toBeGreaterThanOrEqual(p.grid.laneTitleX)
    expect(frame.chips[0]!.x).toBeGreaterThan(frame.chips[1]!.x)
  })

  it('moves the focus along the steps in screen order', () => {
    const doc = starter('rtl')
    const p = place(doc, 1)
    const target = { laneId: p.row.laneId, stepId: p.column.stepId, personaId: null, curve: 'felt' as const }
    // In a right-to-left map the chronologically next step lies to the left.
    expect(neighbourTarget(doc, target, -1)?.stepId).toBe(p.grid.columns[2]!.stepId)
    expect(neighbourTarget(doc, target, 1)?.stepId).toBe(p.grid.columns[0]!.stepId)
    expect(neighbourTarget(doc, { ...target, stepId: p.grid.columns[0]!.stepId }, 1)).toBeNull()
    expect(locateHandle(doc, { ...target, stepId: 'gone' as StepId })).toBeNull()
  })
})

describe('editing emotion points', () => {
  function open() {
    const store = createAppStore()
    loadDoc(store, starter())
    const ui = createEmotionUi()
    const doc = store.getState().doc!
    return { store, ui, doc, p: place(doc) }
  }

  it('previews a drag without history and records one snapped setEmotion on drop', () => {
    const { store, ui, doc, p } = open()
    const handle = handleAt(doc, { x: p.x - 9, y: p.y(0) })
    const drag = beginEmotionDrag(store, ui, handle, p.y(0) + 4)
    expect(ui.getState().dragging).toMatchObject({ curve: 'felt' })
    drag.move(p.y(-1) + 4)
    expect(emotionAt(store.getState().doc!.emotions, p.column.stepId, null).felt).toBe(-1)
    drag.move(p.y(-1.8) + 4)
    drag.move(p.y(-9))
    expect(emotionAt(store.getState().doc!.emotions, p.column.stepId, null).felt).toBe(-2)
    expect(store.temporal.getState().pastStates).toHaveLength(0)
    drag.end(false)
    expect(ui.getState().dragging).toBeNull()
    expect(ui.getState().focus).toMatchObject({ curve: 'felt', stepId: p.column.stepId })
    expect(store.temporal.getState().pastStates).toHaveLength(1)
    expect(emotionAt(store.getState().doc!.emotions, p.column.stepId, null)).toEqual({ felt: -2, intended: 0, set: true })
    undo(store)
    expect(emotionAt(store.getState().doc!.emotions, p.column.stepId, null).set).toBe(false)
    redo(store)
    expect(emotionAt(store.getState().doc!.emotions, p.column.stepId, null).felt).toBe(-2)
  })

  it('records nothing for a cancelled drag or one that ends where it began', () => {
    const { store, ui, doc, p } = open()
    const handle = handleAt(doc, { x: p.x + 9, y: p.y(0) })
    const cancelled = beginEmotionDrag(store, ui, handle, p.y(0))
    cancelled.move(p.y(1))
    cancelled.end(true)
    expect(store.getState().doc).toBe(doc)
    const back = beginEmotionDrag(store, ui, handle, p.y(0))
    back.move(p.y(1))
    back.move(p.y(0.1))
    back.end(false)
    expect(store.getState().doc).toBe(doc)
    expect(store.temporal.getState().pastStates).toHaveLength(0)
  })

  it('Up and Down change the focused point by half a level, one undo step each, and stop at the ends', () => {
    const { store, ui, p } = open()
    expect(nudgeFocused(store, ui, 1)).toBe(false)
    ui.getState().set({ focus: { laneId: p.row.laneId, stepId: p.column.stepId, personaId: null, curve: 'intended' } })
    for (let i = 0; i < 6; i++) nudgeFocused(store, ui, 1)
    expect(emotionAt(store.getState().doc!.emotions, p.column.stepId, null)).toEqual({ felt: 0, intended: 2, set: true })
    expect(store.temporal.getState().pastStates).toHaveLength(4)
    nudgeFocused(store, ui, -1)
    expect(emotionAt(store.getState().doc!.emotions, p.column.stepId, null).intended).toBe(1.5)
    undo(store)
    expect(emotionAt(store.getState().doc!.emotions, p.column.stepId, null).intended).toBe(2)
  })
})

describe('level names', () => {
  const t = ((key: string, options?: Record<string, unknown>) => `${key}${options ? JSON.stringify(options) : ''}`) as unknown as TFunction

  it('names whole levels and the two levels around a half level, with a true minus sign', () => {
    expect(formatScore(1)).toBe('+1')
    expect(formatScore(-1.5)).toBe('\u22121.5')
    expect(formatScore(0)).toBe('0')
    expect(describeLevel(t, -2)).toContain('board.emotion.levels.veryNegative')
    const half = describeLevel(t, -1.5)
    expect(half).toContain('board.emotion.between')
    expect(half).toContain('"lower":"board.emotion.levels.veryNegative"')
    expect(half).toContain('"upper":"board.emotion.levels.negative"')
  })
})
