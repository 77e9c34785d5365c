import { describe, expect, it } from 'vitest'
import { isTextEntry, keyboardIsOnBoard } from '../../../src/canvas/keyboard'

function element(html: string): HTMLElement {
  const host = document.createElement('div')
  host.innerHTML = html
  document.body.append(host)
  return host.firstElementChild as HTMLElement
}

describe('where the keyboard is', () => {
  it('counts text boxes and lists as text entry, and buttons and check boxes not', () => {
    expect(isTextEntry(element('<textarea></textarea>'))).toBe(true)
    expect(isTextEntry(element('<input type="text">'))).toBe(true)
    expect(isTextEntry(element('<input>'))).toBe(true)
    expect(isTextEntry(element('<select><option>a</option></select>'))).toBe(true)
    expect(isTextEntry(element('<input type="checkbox">'))).toBe(false)
    expect(isTextEntry(element('<button>Go</button>'))).toBe(false)
    expect(isTextEntry(null)).toBe(false)
  })

  it('gives the board the keys on itself or on nothing, never in a panel or a text box inside it', () => {
    const board = element('<div><canvas></canvas><input type="text"></div>')
    const panel = element('<aside><button>x</button></aside>')
    expect(keyboardIsOnBoard(board.querySelector('canvas'), board)).toBe(true)
    expect(keyboardIsOnBoard(document.body, board)).toBe(true)
    expect(keyboardIsOnBoard(board.querySelector('input'), board)).toBe(false)
    expect(keyboardIsOnBoard(panel.querySelector('button'), board)).toBe(false)
  })
})
