import { act } from 'react'
import { describe, expect, it } from 'vitest'
import { createMap, createStarterDoc, newId, type WorkshopId } from '../../../src/domain'
import { i18n } from '../../../src/i18n'
import { appStore, loadDoc, undo } from '../../../src/store'
import { Outline } from '../../../src/ui/Outline'
import { useDom } from '../support/renderDom'
import { isolated } from '../../../src/i18n/isolated'

// The outline's stage, step and lane titles wrap (issue 15), so they are text areas now: they must
// still behave as the one-line title fields they replace. How they wrap is checked in Chromium
// (tests/e2e/library-names.e2e.ts); happy-dom has no layout.

const dom = useDom(() => act(() => i18n.changeLanguage('en')))

function press(el: Element, key: string, shiftKey = false): boolean {
  const e = new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true })
  act(() => void el.dispatchEvent(e))
  return e.defaultPrevented
}

function type(field: HTMLTextAreaElement, text: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!
  act(() => {
    setter.call(field, text)
    field.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

function openOutline() {
  const map = createMap(newId<WorkshopId>(), 'Kundereisekart')
  const doc = createStarterDoc(map, { stages: ['Oppmerksomhet', 'Kjøp'], step: (n) => `Steg ${n}`, lanes: [['jobs', 'Jobber som skal gjøres']] })
  loadDoc(appStore, doc)
  dom.render(<Outline />)
  const stageId = doc.map.stageIds[1]!
  const field = dom.host.querySelector<HTMLTextAreaElement>('textarea[aria-label="Stage 2 title"]')!
  return { field, stageTitle: () => appStore.getState().doc!.stages[stageId]!.title }
}

describe('titles in the outline', () => {
  it('are wrapping fields that take their direction from their own text', () => {
    openOutline()
    const titles = [...dom.host.querySelectorAll('textarea')]
    expect(titles.map((t) => t.getAttribute('aria-label'))).toEqual([
      'Stage 1 title',
      `${isolated('Oppmerksomhet')}, step 1 title`,
      `${isolated('Oppmerksomhet')}, step 2 title`,
      'Stage 2 title',
      `${isolated('Kjøp')}, step 1 title`,
      `${isolated('Kjøp')}, step 2 title`,
      'Lane 1 title',
    ])
    expect(titles.every((t) => t.dir === 'auto')).toBe(true)
  })

  it('keep one paragraph: a pasted line break becomes a space, and Enter (with or without Shift) commits once', () => {
    const { field, stageTitle } = openOutline()
    act(() => field.focus())
    type(field, 'Kjøp og kundestøtte\netter kjøpet')
    expect(field.value).toBe('Kjøp og kundestøtte etter kjøpet')
    expect(stageTitle()).toBe('Kjøp')
    expect(press(field, 'Enter', true)).toBe(true)
    expect(stageTitle()).toBe('Kjøp og kundestøtte etter kjøpet')
    act(() => undo(appStore))
    expect(stageTitle()).toBe('Kjøp')
    expect(field.value).toBe('Kjøp')
  })

  it('put the old title back on Esc and refuse an empty one', () => {
    const { field, stageTitle } = openOutline()
    act(() => field.focus())
    type(field, 'Betaling')
    press(field, 'Escape')
    expect(field.value).toBe('Kjøp')
    type(field, '  ')
    act(() => field.blur())
    expect(stageTitle()).toBe('Kjøp')
    expect(field.value).toBe('Kjøp')
  })
})
