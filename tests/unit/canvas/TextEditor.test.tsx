import { act } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { TextEditor } from '../../../src/canvas/TextEditor'
import { applyCommand, createCard, createMap, createStarterDoc, newId, type WorkshopId } from '../../../src/domain'
import { gridLayout } from '../../../src/domain/layout'
import { appStore, loadDoc } from '../../../src/store'
import { useDom } from '../support/renderDom'


const dom = useDom()

function mount(text: string, direction: 'ltr' | 'rtl' = 'ltr') {
  const map = { ...createMap(newId<WorkshopId>(), 'Editor'), direction }
  const doc = createStarterDoc(map, { stages: ['One'], step: (n) => `Step ${n}`, lanes: [['actions', 'Actions']] })
  const grid = gridLayout(doc)
  const card = createCard(doc.map.id, { kind: 'cell', laneId: grid.rows[0]!.laneId, stepId: grid.columns[0]!.stepId, span: 1, rank: 0 }, { text })
  loadDoc(appStore, applyCommand(doc, { type: 'addCards', cards: [card] }))
  appStore.getState().setViewport({ x: -100, y: -50, zoom: 2 })
  const onCommit = vi.fn()
  const onCancel = vi.fn()
  const host = dom.render(<TextEditor cardId={card.id} onCommit={onCommit} onCancel={onCancel} />)
  const box = host.querySelector('textarea')!
  return { box, onCommit, onCancel }
}

function type(box: HTMLTextAreaElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!
  act(() => {
    setter.call(box, value)
    box.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

function press(box: HTMLTextAreaElement, key: string, shiftKey = false) {
  act(() => {
    box.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true }))
  })
}

describe('the card text box', () => {
  it('sits over the card at the current zoom and pan, focused, with a label', () => {
    const { box } = mount('Hello')
    expect(box.value).toBe('Hello')
    expect(document.activeElement).toBe(box)
    expect(box.getAttribute('aria-label')).toBe('Card text')
    // Card at board (210, 98); viewport at (-100, -50) and 200%.
    expect(box.style.left).toBe(`${(210 + 100) * 2}px`)
    expect(box.style.top).toBe(`${(98 + 50) * 2}px`)
    expect(box.style.font).toContain('30px')
  })

  it('commits on Enter, keeps Shift+Enter for a new line, and commits once', () => {
    const { box, onCommit } = mount('')
    type(box, 'line one')
    press(box, 'Enter', true)
    expect(onCommit).not.toHaveBeenCalled()
    type(box, 'line one\nline two')
    press(box, 'Enter')
    act(() => box.dispatchEvent(new FocusEvent('focusout', { bubbles: true })))
    expect(onCommit).toHaveBeenCalledTimes(1)
    expect(onCommit).toHaveBeenCalledWith('line one\nline two')
  })

  it('cancels on Escape and commits when focus leaves', () => {
    const first = mount('Keep me')
    press(first.box, 'Escape')
    expect(first.onCancel).toHaveBeenCalledTimes(1)
    expect(first.onCommit).not.toHaveBeenCalled()
    dom.unmount()
    const second = mount('Old')
    type(second.box, 'New')
    act(() => second.box.dispatchEvent(new FocusEvent('focusout', { bubbles: true })))
    expect(second.onCommit).toHaveBeenCalledWith('New')
  })

  it('writes Persian right to left', () => {
    const { box } = mount('ثبت‌نام در سایت')
    expect(box.getAttribute('dir')).toBe('rtl')
    expect(box.style.textAlign).toBe('right')
  })
})
