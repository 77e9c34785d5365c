import { act } from 'react'
import { describe, expect, it } from 'vitest'
import { EmotionHud, emotionClaim } from '../../../src/canvas/emotion'
import { BoardEditor } from '../../../src/editor'
import { createEmotionUi, EmotionUiContext } from '../../../src/canvas/emotion/emotionUi'
import { applyCommand, createMap, createPersona, createStarterDoc, newId, type JourneyDoc, type WorkshopId } from '../../../src/domain'
import { emotionAt } from '../../../src/domain/emotion'
import { gridLayout } from '../../../src/domain/layout'
import { appStore, loadDoc } from '../../../src/store'
import { useDom } from '../support/renderDom'
import { isolated } from '../../../src/i18n/isolated'
import { unmarked } from '../support/unmarked'

let boardPresses = 0
// The board's own emotion UI, as a Board makes one for its lanes.
const emotionUi = createEmotionUi()

const dom = useDom()

function mount(personas: readonly string[]) {
  let doc: JourneyDoc = createStarterDoc(createMap(newId<WorkshopId>(), 'Hud'), { stages: ['One'], step: (n) => `Step ${n}`, lanes: [['emotions', 'Emotional intent']] })
  const made = personas.map((name, i) => createPersona(doc.map.workshopId, name, ['#2563eb', '#16a34a', '#d97706'][i]))
  for (const persona of made) doc = applyCommand(doc, { type: 'addPersona', persona, onMap: true })
  loadDoc(appStore, doc)
  appStore.getState().setViewport({ x: -20, y: -10, zoom: 1.5 })
  boardPresses = 0
  // Stands in for the board's wrapper, whose React handler starts marquees and drags.
  const host = dom.render(
    <EmotionUiContext.Provider value={emotionUi}>
      <div onPointerDown={() => boardPresses++}>
        <EmotionHud width={800} height={600} />
      </div>
    </EmotionUiContext.Provider>,
  )
  const grid = gridLayout(doc)
  return { doc, made, grid, wrapper: host.firstElementChild as HTMLElement }
}

/** Where the chips' layer puts them: its move (whole pixels, its own compositor layer) and the scale of the box inside it. */
function placed(layer: HTMLElement): string {
  return `${layer.style.transform} ${(layer.firstElementChild as HTMLElement).style.transform}`
}

describe('the persona switcher', () => {
  it('offers one button per persona when several are on the map, and switches the editable curves', () => {
    const { made, wrapper } = mount(['Ana Lima', 'Ben'])
    const group = wrapper.querySelector('[role="radiogroup"]')
    expect(group?.getAttribute('aria-label')).toBe('Whose emotion curves to edit')
    const buttons = [...wrapper.querySelectorAll<HTMLButtonElement>('[role="radio"]')]
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([`Edit ${isolated('Ana Lima')}’s curves`, `Edit ${isolated('Ben')}’s curves`])
    expect(buttons.map((b) => b.textContent)).toEqual(['AL', 'B'])
    expect(buttons.map((b) => b.getAttribute('aria-checked'))).toEqual(['true', 'false'])

    act(() => {
      buttons[1]!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
      buttons[1]!.click()
    })
    // The press belongs to the chip: the board under it must not start a marquee.
    expect(boardPresses).toBe(0)
    expect(appStore.getState().emotionPersonaId).toBe(made[1]!.id)
    const after = [...wrapper.querySelectorAll('[role="radio"]')].map((b) => b.getAttribute('aria-checked'))
    expect(after).toEqual(['false', 'true'])
  })

  it('shows no switcher with a single persona, and then writes nothing at each move of the view', () => {
    const { wrapper } = mount(['Ana'])
    expect(wrapper.querySelectorAll('[role="radio"]')).toHaveLength(0)
    const layer = wrapper.firstElementChild!.firstElementChild as HTMLElement
    act(() => appStore.getState().setViewport({ x: 100, y: 0, zoom: 0.2 }))
    expect(layer.style.transform).toBe('')
  })

  it('moves with the view without re-rendering, and hides zoomed out past reading', () => {
    const { wrapper } = mount(['Ana', 'Ben'])
    const layer = wrapper.firstElementChild!.firstElementChild as HTMLElement
    const chips = wrapper.querySelectorAll('[role="radio"]')
    expect(placed(layer)).toBe('translate(30px, 15px) scale(1.5)')
    act(() => appStore.getState().setViewport({ x: 100, y: 0, zoom: 0.2 }))
    expect(placed(layer)).toBe('translate(-20px, 0px) scale(0.2)')
    expect(layer.style.visibility).toBe('hidden')
    // The same chips, moved: no re-render made new ones.
    expect([...wrapper.querySelectorAll('[role="radio"]')]).toEqual([...chips])
  })
})

describe('the persona switcher on the pinned lane titles', () => {
  it('stays in the title column pinned to the board’s edge, and is cut under the pinned header band', () => {
    const { grid, wrapper } = mount(['Ana Lima', 'Ben'])
    const frame = wrapper.firstElementChild as HTMLElement
    const layer = frame.firstElementChild as HTMLElement
    // Scrolled right past the title column and down past the headers: the board pins both.
    act(() => appStore.getState().setViewport({ x: 150, y: 60, zoom: 1 }))
    expect(placed(layer)).toBe(`translate(${-grid.laneTitleX}px, -60px) scale(1)`)
    expect(frame.style.clipPath).toBe(`inset(${grid.bodyTop}px 0 0 0)`)
    expect(wrapper.querySelectorAll('[role="radio"]')).toHaveLength(2)
    // Back in place: the board's own transform, nothing cut.
    act(() => appStore.getState().setViewport({ x: -20, y: -10, zoom: 1 }))
    expect(placed(layer)).toBe('translate(20px, 10px) scale(1)')
    expect(frame.style.clipPath).toBe('')
  })
})

describe('keys of a focused emotion point', () => {
  it('Up and Down change the focused point before the board’s keys; Esc puts it down', () => {
    const { grid, wrapper } = mount([])
    const stepId = grid.columns[0]!.stepId
    act(() => emotionUi.getState().set({ focus: { laneId: grid.rows[0]!.laneId, stepId, personaId: null, curve: 'felt' } }))
    // The board's editor takes the keys, the emotion claim first (text fields never reach it: see keyboard.test.tsx).
    const editor = new BoardEditor({ store: appStore, claims: [emotionClaim(appStore, emotionUi)] })
    const press = (key: string) => {
      let handled = false
      act(() => void (handled = editor.keyDown({ key })))
      return handled
    }
    expect(press('ArrowUp')).toBe(true)
    expect(press('ArrowUp')).toBe(true)
    expect(emotionAt(appStore.getState().doc!.emotions, stepId, null).felt).toBe(1)
    expect(press('ArrowDown')).toBe(true)
    expect(emotionAt(appStore.getState().doc!.emotions, stepId, null).felt).toBe(0.5)

    // The tooltip names the focused point's level for screen readers and the room.
    expect(unmarked(wrapper.querySelector('[role="status"]')?.textContent)).toBe('Felt: Neutral to Positive (+0.5)')
    press('Escape')
    expect(emotionUi.getState().focus).toBeNull()
    // Unfocused, the arrows are the board's: they pan and leave the curve alone.
    expect(press('ArrowUp')).toBe(true)
    expect(emotionAt(appStore.getState().doc!.emotions, stepId, null).felt).toBe(0.5)
  })
})
