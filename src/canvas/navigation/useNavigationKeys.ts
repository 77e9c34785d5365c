import { useEffect, type RefObject } from 'react'
import { appStore } from '../../store'
import { gridUi } from '../grid/gridUi'
import type { InteractionStore } from '../interaction'
import type { PanZoom } from '../usePanZoom'
import { panBy, ZOOM_STEP } from '../viewport'
import { stageIdAt, stageViewport } from './zoomToStage'

/** Screen pixels an arrow key pans; with Shift, most of a screen. */
export const ARROW_PAN = 80
const ARROW_PAN_FAR = 0.8

const ARROWS: Record<string, readonly [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
}

/** What a navigation key does, or null when it is not one. Pure, so the key map can be tested. */
export type NavigationAction =
  | { readonly kind: 'stage'; readonly n: number }
  | { readonly kind: 'zoom'; readonly factor: number }
  | { readonly kind: 'zoomReset' }
  | { readonly kind: 'pan'; readonly dx: number; readonly dy: number; readonly far: boolean }

export function navigationAction(e: Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>, hasSelection: boolean): NavigationAction | null {
  const mod = e.ctrlKey || e.metaKey
  // e.code, because Alt+digit types other characters on a Mac keyboard.
  const digit = /^Digit([1-9])$/.exec(e.code)
  if (e.altKey && !mod && !e.shiftKey && digit) return { kind: 'stage', n: Number(digit[1]) }
  if (e.altKey) return null
  // The View menu shows Ctrl/Cmd with +, - and 0; the page binds them (the menu leaves keys to the page).
  if (mod && (e.key === '=' || e.key === '+')) return { kind: 'zoom', factor: ZOOM_STEP }
  if (mod && (e.key === '-' || e.key === '_')) return { kind: 'zoom', factor: 1 / ZOOM_STEP }
  if (mod && e.key === '0') return { kind: 'zoomReset' }
  const arrow = ARROWS[e.key]
  // With cards selected the arrows belong to the cards.
  if (arrow && !mod && !hasSelection) return { kind: 'pan', dx: arrow[0], dy: arrow[1], far: e.shiftKey }
  return null
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'INPUT' || target.tagName === 'SELECT'
}

/**
 * Keys for moving around the board: Alt+1..9 to a stage, Ctrl/Cmd with +, - and 0 to zoom, and
 * the arrows to pan while nothing is selected. Like the board's other keys they act only while the
 * keyboard is on the board (or on nothing).
 */
export function useNavigationKeys(container: RefObject<HTMLDivElement | null>, interaction: InteractionStore, panZoom: PanZoom, width: number, height: number): void {
  useEffect(() => {
    const ours = (target: EventTarget | null) =>
      !isTextEntry(target) && (target === document.body || target === document.documentElement || (target instanceof Node && !!container.current?.contains(target)))
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !ours(e.target) || interaction.getState().editing || gridUi.getState().editing) return
      const { doc, selection, viewport, setViewport } = appStore.getState()
      const action = navigationAction(e, selection.length > 0)
      if (!action || !doc) return
      e.preventDefault()
      switch (action.kind) {
        case 'stage': {
          const id = stageIdAt(doc, action.n)
          const next = id && stageViewport(doc, id, width, height)
          if (next) setViewport(next)
          return
        }
        case 'zoom':
          return panZoom.zoomBy(action.factor)
        case 'zoomReset':
          return panZoom.zoomReset()
        case 'pan': {
          const step = action.far ? ARROW_PAN_FAR * (action.dx ? width : height) : ARROW_PAN
          setViewport(panBy(viewport, action.dx * step, action.dy * step))
        }
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [container, interaction, panZoom, width, height])
}
