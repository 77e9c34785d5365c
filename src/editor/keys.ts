import type { Sentiment } from '../domain'
import { duplicateCommand } from '../domain/arrange'
import { cardLayout } from '../domain/layout'
import type { MenuCommand } from '../../electron/shared/ipc'
import { nudgeSelection } from '../canvas/cards/groupDrag'
import { PASTE_STEP } from '../canvas/clipboard/clipboard'
import { stageIdAt, stageViewport } from '../canvas/navigation/zoomToStage'
import { panBy, ZOOM_STEP } from '../canvas/viewport'
import type { BoardEditor } from './BoardEditor'
import type { KeyInput } from './input'
import type { KeyAction } from './keymap'

/** Screen pixels an arrow key pans; with Shift, most of a screen. */
export const ARROW_PAN = 80
const ARROW_PAN_FAR = 0.8

const ARROWS: Readonly<Record<string, readonly [number, number]>> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }

/** Board keys, by the keymap (src/editor/keymap.ts). The first action of the press that applies here acts. */
export function runKey(editor: BoardEditor, actions: readonly KeyAction[], e: KeyInput): boolean {
  return actions.some((action) => runAction(editor, action, e))
}

/** What the native menu's board commands do; the same actions as their keys. */
export function runMenuCommand(editor: BoardEditor, command: MenuCommand): boolean {
  switch (command) {
    case 'selectAll':
    case 'deleteSelection':
    case 'zoomIn':
    case 'zoomOut':
    case 'zoomReset':
    case 'zoomToFit':
    case 'sentiment:positive':
    case 'sentiment:friction':
    case 'sentiment:decision':
    case 'sentiment:neutral':
      return runAction(editor, command, { key: '' })
    default:
      return false
  }
}

/** Carries out one action if it applies to the board as it is now; false leaves the key to the next. */
function runAction(editor: BoardEditor, action: KeyAction, e: KeyInput): boolean {
  const { doc, selection, selectedLinks, tool, viewport, dispatch, setViewport } = editor.store.getState()
  if (action.startsWith('sentiment:')) {
    // Without a selection the digit is left to whatever else wants it.
    if (selection.length === 0) return false
    if (!e.repeat) editor.setSentiment(action.slice('sentiment:'.length) as Sentiment)
    return true
  }
  if (action.startsWith('tool:')) {
    if (e.repeat) return false
    editor.setTool(action.slice('tool:'.length) as typeof tool)
    return true
  }
  switch (action) {
    case 'escape':
      editor.select([])
      if (tool !== 'select') editor.setTool('select')
      return true
    case 'selectAll':
      if (doc) editor.select([...cardLayout(doc).order])
      return true
    case 'deleteSelection':
      if (selectedLinks.length > 0) dispatch({ type: 'deleteLinks', linkIds: selectedLinks })
      else if (selection.length > 0) dispatch({ type: 'deleteCards', cardIds: selection })
      else return true
      editor.select([])
      return true
    case 'editSelection': {
      const [link, ...moreLinks] = selectedLinks
      if (link && moreLinks.length === 0) {
        editor.editLink(link)
        return true
      }
      const [card, ...more] = selection
      if (!card || more.length > 0) return false
      editor.editCard(card)
      return true
    }
    case 'duplicate': {
      if (!doc || selection.length === 0) return false
      const result = duplicateCommand(doc, selection, PASTE_STEP)
      if (result) {
        dispatch(result.command)
        editor.select(result.cardIds)
      }
      return true
    }
    case 'nudge':
      // With cards selected the arrows belong to the cards; otherwise they pan.
      if (selection.length === 0) return false
      nudgeSelection(editor.store, e.key)
      return true
    case 'pan':
    case 'panFar': {
      const arrow = ARROWS[e.key]
      if (!arrow) return false
      const { width, height } = editor.getSize()
      const step = action === 'panFar' ? ARROW_PAN_FAR * (arrow[0] ? width : height) : ARROW_PAN
      setViewport(panBy(viewport, arrow[0] * step, arrow[1] * step))
      return true
    }
    case 'zoomIn':
      editor.zoomBy(ZOOM_STEP)
      return true
    case 'zoomOut':
      editor.zoomBy(1 / ZOOM_STEP)
      return true
    case 'zoomReset':
      editor.zoomReset()
      return true
    case 'zoomToFit':
      editor.zoomToFit()
      return true
    case 'zoomToStage': {
      const n = Number(/^Digit([1-9])$/.exec(e.code ?? '')?.[1])
      const id = doc && n ? stageIdAt(doc, n) : null
      const { width, height } = editor.getSize()
      const next = doc && id ? stageViewport(doc, id, width, height) : null
      if (next) setViewport(next)
      return true
    }
    default:
      // App keys (undo, new map, save) and header keys are carried out elsewhere.
      return false
  }
}
