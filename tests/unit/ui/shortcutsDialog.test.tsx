import { describe, expect, it } from 'vitest'
import { ShortcutsDialog } from '../../../src/ui/ShortcutsDialog'
import { useDom } from '../support/renderDom'

const dom = useDom()

/** The dialog's rows as "label: way | way", read from what it renders. */
function rows(): Record<string, string> {
  return Object.fromEntries(
    [...dom.host.querySelectorAll('tr')].map((tr) => [tr.querySelector('th')?.textContent ?? '', [...tr.querySelectorAll('kbd')].map((k) => k.textContent).join(' | ')]),
  )
}

describe('the shortcuts dialog, made from the keymap', () => {
  it('lists every listed way of each row, key names from the catalogue, second spellings left out', () => {
    dom.render(<ShortcutsDialog open onClose={() => {}} />)
    const r = rows()
    expect(r['Redo']).toBe('Ctrl+Shift+Z | Ctrl+Y')
    expect(r['Delete the selection']).toBe('Delete | Backspace')
    // '=' without Ctrl works too, but the dialog shows one spelling per way.
    expect(r['Zoom in']).toBe('+ | Ctrl+=')
    expect(r['Zoom to fit the map']).toBe('Shift+1')
    expect(r['Make an action from the selected cards']).toBe('Shift+A')
    expect(r['Zoom to 100%']).toBe('0 | Ctrl+0')
    expect(Object.values(r)).toContain('Tab | Shift+Tab')
    // The file keys sit next to their items in the File menu, not here.
    expect(Object.keys(r).some((label) => /save/i.test(label))).toBe(false)
  })

  it('shows key combinations left to right, isolated from a right-to-left page', () => {
    dom.render(<ShortcutsDialog open onClose={() => {}} />)
    const kbds = [...dom.host.querySelectorAll('kbd')]
    const zoomIn = kbds.find((k) => k.textContent === 'Ctrl+=')
    expect(zoomIn?.getAttribute('dir')).toBe('ltr')
    // Gestures are words in the person's language and follow them.
    expect(kbds.some((k) => k.getAttribute('dir') === 'auto')).toBe(true)
  })
})
