import { act, useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { Legend } from '../../../src/canvas/cards/Legend'
import { applyCommand, createCard, createMap, createStarterDoc, newId, type WorkshopId } from '../../../src/domain'
import { gridLayout } from '../../../src/domain/layout'
import { i18n } from '../../../src/i18n'
import { appStore, loadDoc, undo } from '../../../src/store'
import { CommitLines } from '../../../src/ui/CommitLines'
import { Inspector } from '../../../src/ui/inspector/Inspector'
import { useDom } from '../support/renderDom'


const dom = useDom(() => act(() => i18n.changeLanguage('en')))

function key(el: Element, k: string, shiftKey = false) {
  const e = new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, cancelable: true })
  act(() => void el.dispatchEvent(e))
  return e.defaultPrevented
}

describe('the colour legend above the board', () => {
  it('names the four sentiments in a row, in the person’s language, and stays collapsed once collapsed', async () => {
    localStorage.removeItem('journeyboard.legendCollapsed')
    dom.render(<Legend />)
    expect([...dom.host.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Positive', 'Friction point', 'Decision', 'Neutral'])
    await act(() => i18n.changeLanguage('fa'))
    expect(dom.host.querySelector('section')?.getAttribute('aria-label')).toBe('رنگ کارت‌ها')
    const toggle = dom.host.querySelector('button')!
    act(() => toggle.click())
    expect(dom.host.querySelectorAll('li')).toHaveLength(0)
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    expect(localStorage.getItem('journeyboard.legendCollapsed')).toBe('1')
  })
})

describe('card text in the outline', () => {
  function Field({ onCommit }: { onCommit: (v: string) => void }) {
    const [value, setValue] = useState('Line one\nLine two')
    return (
      <CommitLines
        aria-label="Card"
        value={value}
        onCommit={(v) => {
          onCommit(v)
          setValue(v)
        }}
      />
    )
  }

  it('keeps line breaks: Shift+Enter adds one, Enter commits the whole text once', () => {
    const onCommit = vi.fn()
    dom.render(<Field onCommit={onCommit} />)
    const box = dom.host.querySelector('textarea')!
    expect(box.value).toBe('Line one\nLine two')
    act(() => box.focus())
    expect(key(box, 'Enter', true)).toBe(false)
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!
    act(() => {
      setter.call(box, 'Line one\nLine two\nLine three')
      box.dispatchEvent(new Event('input', { bubbles: true }))
    })
    expect(onCommit).not.toHaveBeenCalled()
    expect(key(box, 'Enter')).toBe(true)
    expect(onCommit).toHaveBeenCalledTimes(1)
    expect(onCommit).toHaveBeenCalledWith('Line one\nLine two\nLine three')
  })
})

describe('a custom card colour', () => {
  it('commits the colour the person settles on as one undo step, not every colour passed on the way', () => {
    const map = createMap(newId<WorkshopId>(), 'Colours')
    const base = createStarterDoc(map, { stages: ['One'], step: (n) => `Step ${n}`, lanes: [['touchpoints', 'Touchpoints']] })
    const grid = gridLayout(base)
    const card = createCard(map.id, { kind: 'cell', laneId: grid.rows[0]!.laneId, stepId: grid.columns[0]!.stepId, span: 1, rank: 0 }, { text: 'Calls support' })
    loadDoc(appStore, applyCommand(base, { type: 'addCards', cards: [card] }))
    dom.render(<Inspector />)
    act(() => appStore.getState().select([card.id]))
    const picker = dom.host.querySelector<HTMLInputElement>('input[type=color]')!
    expect(picker.getAttribute('aria-label')).toBe('Custom colour')
    const past = appStore.temporal.getState().pastStates.length
    for (const hex of ['#112233', '#445566', '#8844aa']) {
      act(() => {
        picker.value = hex
        picker.dispatchEvent(new Event('input', { bubbles: true }))
      })
    }
    expect(appStore.getState().doc!.cards[card.id]!.color).toBeNull()
    act(() => void picker.dispatchEvent(new Event('change', { bubbles: true })))
    expect(appStore.getState().doc!.cards[card.id]!.color).toBe('#8844aa')
    expect(appStore.temporal.getState().pastStates.length).toBe(past + 1)
    expect(dom.host.querySelector('.swatch-custom')?.hasAttribute('data-pressed')).toBe(true)
    act(() => undo(appStore))
    expect(appStore.getState().doc!.cards[card.id]!.color).toBeNull()
  })
})
