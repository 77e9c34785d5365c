import { afterEach, describe, expect, it, vi } from 'vitest'
import { rememberBoardSize, rememberedBoardSize } from '../../../src/canvas/boardSizeMemory'

describe('the board size remembered for the next start', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    localStorage.clear()
  })

  it('gives back the board size last seen in a window of this size', () => {
    expect(rememberedBoardSize()).toBeNull()
    rememberBoardSize(1310, 960)
    expect(rememberedBoardSize()).toEqual({ width: 1310, height: 960 })
    rememberBoardSize(1200, 900)
    expect(rememberedBoardSize()).toEqual({ width: 1200, height: 900 })
  })

  it('forgets it in a window of another size', () => {
    rememberBoardSize(1310, 960)
    vi.spyOn(window, 'innerWidth', 'get').mockReturnValue(window.innerWidth + 200)
    expect(rememberedBoardSize()).toBeNull()
  })

  it('gives nothing for a damaged entry or blocked storage, and remembering then throws nothing', () => {
    localStorage.setItem('journeyboard.boardSize', '{"window": [1, 2], "board": ')
    expect(rememberedBoardSize()).toBeNull()
    localStorage.setItem('journeyboard.boardSize', JSON.stringify({ window: [window.innerWidth, window.innerHeight], board: ['wide', 3] }))
    expect(rememberedBoardSize()).toBeNull()
    vi.spyOn(localStorage, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError')
    })
    vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    expect(() => rememberBoardSize(1310, 960)).not.toThrow()
    expect(rememberedBoardSize()).toBeNull()
  })
})
