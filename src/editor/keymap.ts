import type { MenuCommand } from '../../electron/shared/ipc'
import { SENTIMENTS, type Sentiment } from '../domain/types'

/**
 * THE table of shortcuts. The page's key handling (src/canvas/keyboard.ts and the board editor),
 * the shortcuts dialog and the native menu's accelerators are all read from it, so a key changed
 * here changes in all three. Pure data and functions: main imports it too (no DOM, no framework).
 */

/** Named things a key can ask for; who carries one out depends on where the keyboard is. */
export type KeyAction =
  | 'undo'
  | 'redo'
  | 'newMap'
  | 'newWorkshop'
  | 'showShortcuts'
  | 'saveFile'
  | 'saveFileAs'
  | 'openFile'
  | `tool:${'select' | 'hand' | 'note' | 'text' | 'rect' | 'ellipse' | 'link'}`
  | 'escape'
  | 'headerNext'
  | 'headerPrevious'
  | 'headerRename'
  | 'headerDelete'
  | 'headerToolbar'
  | 'editSelection'
  | 'selectAll'
  | 'nudge'
  | 'duplicate'
  | 'deleteSelection'
  | 'pan'
  | 'panFar'
  | 'zoomIn'
  | 'zoomOut'
  | 'zoomReset'
  | 'zoomToFit'
  | 'zoomToStage'
  | 'spacePan'
  | 'present'
  | 'makeAction'
  | `sentiment:${Sentiment}`

/**
 * One key combination. `key` is KeyboardEvent.key (letters in lower case), or one of two
 * families: `arrows` (any arrow key) and `digits` (Digit1..Digit9 by e.code, because Alt+digit
 * types other characters on a Mac). `code` matches e.code instead of e.key, for keys whose
 * character Shift changes (Shift+1 is "!").
 */
export interface Chord {
  readonly key: string
  readonly code?: string
  /** Ctrl, or Cmd on a Mac. */
  readonly mod?: boolean
  /** true: held; false or absent: not held; 'any': either (+ needs Shift on most layouts). */
  readonly shift?: boolean | 'any'
  readonly alt?: boolean
  /** Works but is not listed in the dialog: a second spelling of a listed key. */
  readonly unlisted?: true
  /** The menu item shows this chord: on every platform, or only on macOS or only elsewhere. */
  readonly menu?: 'all' | 'mac' | 'other'
  /** This chord asks for something other than its row's action (Shift+Tab walks the headers back). */
  readonly action?: KeyAction
}

/** A way to do something that is not a key: named by its entry in the catalogue's `shortcuts.keys`. */
export interface Gesture {
  readonly gesture: string
  /** Placeholders of the gesture's text, e.g. the modifier key's name. */
  readonly mod?: true
}

export type Way = Chord | Gesture

export type ShortcutGroup = 'general' | 'board' | 'cards' | 'view'

export interface Shortcut {
  /** The catalogue key of what it does, under `shortcuts.`. */
  readonly label: string
  readonly group: ShortcutGroup
  readonly ways: readonly Way[]
  /** What the keys ask for; none for rows a text field or a pointer gesture carries out itself. */
  readonly action?: KeyAction
  /** The native menu item whose accelerator these keys are. */
  readonly menu?: MenuCommand
  /** Acts while a text field has the keyboard too (saving commits the text box first). */
  readonly whileTyping?: true
  /** Not shown in the dialog (file keys are in the File menu, next to their items). */
  readonly unlisted?: true
}

/**
 * The digit that marks the selected cards with each sentiment, in the inspector's order. Plain
 * digits by e.code, so they work on every layout: Shift+1 fits the view, Alt+digits go to a
 * stage, 0 resets the zoom.
 */
export const SENTIMENT_KEYS: Readonly<Record<Sentiment, string>> = Object.fromEntries(SENTIMENTS.map((s, i) => [s, String(i + 1)])) as Record<Sentiment, string>

const TOOL_KEYS = [
  ['select', 'v'],
  ['hand', 'h'],
  ['note', 'n'],
  ['text', 't'],
  ['rect', 'r'],
  ['ellipse', 'o'],
  ['link', 'l'],
] as const

export type ToolName = (typeof TOOL_KEYS)[number][0]

/** Board tools in toolbar order, with the single key that picks each (as in most whiteboards). */
export const TOOLS: readonly { readonly tool: ToolName; readonly key: string }[] = TOOL_KEYS.map(([tool, key]) => ({ tool, key: key.toUpperCase() }))

export const SHORTCUTS: readonly Shortcut[] = [
  { label: 'undo', group: 'general', action: 'undo', menu: 'undo', ways: [{ key: 'z', mod: true, menu: 'all' }] },
  { label: 'redo', group: 'general', action: 'redo', menu: 'redo', ways: [{ key: 'z', mod: true, shift: true, menu: 'mac' }, { key: 'y', mod: true, menu: 'other' }] },
  { label: 'newMap', group: 'general', action: 'newMap', menu: 'newMap', ways: [{ key: 'n', mod: true, menu: 'all' }] },
  { label: 'newWorkshop', group: 'general', action: 'newWorkshop', menu: 'newWorkshop', ways: [{ key: 'n', mod: true, shift: true, menu: 'all' }] },
  { label: 'help', group: 'general', action: 'showShortcuts', ways: [{ key: '?', shift: 'any' }] },
  { label: 'save', group: 'general', action: 'saveFile', menu: 'saveFile', whileTyping: true, unlisted: true, ways: [{ key: 's', mod: true, menu: 'all' }] },
  { label: 'saveAs', group: 'general', action: 'saveFileAs', menu: 'saveFileAs', whileTyping: true, unlisted: true, ways: [{ key: 's', mod: true, shift: true, menu: 'all' }] },
  { label: 'open', group: 'general', action: 'openFile', menu: 'openFile', unlisted: true, ways: [{ key: 'o', mod: true, menu: 'all' }] },

  ...TOOL_KEYS.map(([tool, key]): Shortcut => ({ label: `tools.${tool}`, group: 'board', action: `tool:${tool}`, ways: [{ key }] })),
  { label: 'backToSelect', group: 'board', action: 'escape', ways: [{ key: 'Escape' }] },
  { label: 'renameHeader', group: 'board', ways: [{ gesture: 'doubleClickHeader' }] },
  // The grid from the keyboard: Tab on the focused board walks the headers.
  { label: 'focusHeaders', group: 'board', action: 'headerNext', ways: [{ key: 'Tab' }, { key: 'Tab', shift: true, action: 'headerPrevious' }] },
  { label: 'renameFocusedHeader', group: 'board', action: 'headerRename', ways: [{ key: 'Enter' }, { key: 'F2' }] },
  { label: 'deleteHeader', group: 'board', action: 'headerDelete', ways: [{ key: 'Delete' }, { key: 'Backspace', unlisted: true }] },
  { label: 'headerToolbar', group: 'board', action: 'headerToolbar', ways: [{ key: 'F10', shift: true }, { key: 'ContextMenu' }] },
  { label: 'leaveHeaders', group: 'board', action: 'escape', ways: [{ key: 'Escape' }] },
  { label: 'reorderHeader', group: 'board', ways: [{ gesture: 'dragHeader' }] },
  { label: 'resizeHeader', group: 'board', ways: [{ gesture: 'dragEdge' }] },
  { label: 'collapseLane', group: 'board', ways: [{ gesture: 'clickChevron' }] },

  { label: 'addCard', group: 'cards', ways: [{ gesture: 'doubleClickCell' }] },
  { label: 'editCard', group: 'cards', action: 'editSelection', ways: [{ key: 'Enter' }, { key: 'F2' }] },
  // The card's text box keeps these keys for itself (src/canvas/TextEditor.tsx).
  { label: 'newLine', group: 'cards', ways: [{ key: 'Enter', shift: true }] },
  { label: 'cancelEdit', group: 'cards', ways: [{ key: 'Escape' }] },
  { label: 'addToSelection', group: 'cards', ways: [{ gesture: 'shiftClick' }] },
  { label: 'selectAll', group: 'cards', action: 'selectAll', menu: 'selectAll', ways: [{ key: 'a', mod: true, menu: 'all' }] },
  { label: 'deselect', group: 'cards', action: 'escape', ways: [{ key: 'Escape' }] },
  { label: 'moveSelection', group: 'cards', action: 'nudge', ways: [{ key: 'arrows', shift: 'any' }] },
  { label: 'duplicate', group: 'cards', action: 'duplicate', ways: [{ key: 'd', mod: true }] },
  // Copy, cut and paste arrive as the DOM's clipboard events (src/canvas/clipboard/useBoardClipboard.ts).
  { label: 'copyCutPaste', group: 'cards', ways: [{ key: 'c', mod: true }, { key: 'x', mod: true }, { key: 'v', mod: true }] },
  // The action plan (src/ui/plan): the selected cards become one action, and the plan opens on it.
  { label: 'makeAction', group: 'cards', action: 'makeAction', ways: [{ key: 'a', shift: true }] },
  // The sentiment of the selected cards, as the card's context menu offers it (src/canvas/cards/CardMenu.tsx).
  // The native menu lists them too (Edit ▸ Card Sentiment), with the same digits.
  ...SENTIMENTS.map(
    (s): Shortcut => ({
      label: `sentiment.${s}`,
      group: 'cards',
      action: `sentiment:${s}`,
      menu: `sentiment:${s}`,
      ways: [{ key: SENTIMENT_KEYS[s], code: `Digit${SENTIMENT_KEYS[s]}`, menu: 'all' }],
    }),
  ),
  {
    label: 'deleteSelection',
    group: 'cards',
    action: 'deleteSelection',
    menu: 'deleteSelection',
    ways: [{ key: 'Delete', shift: 'any', menu: 'other' }, { key: 'Backspace', shift: 'any', menu: 'mac' }],
  },

  { label: 'pan', group: 'view', action: 'spacePan', ways: [{ key: ' ', shift: 'any', unlisted: true }, { gesture: 'spaceDrag' }, { gesture: 'middleDrag' }, { gesture: 'scroll' }] },
  { label: 'panKeys', group: 'view', action: 'pan', ways: [{ key: 'arrows' }, { key: 'arrows', shift: true, action: 'panFar' }] },
  {
    label: 'zoomIn',
    group: 'view',
    action: 'zoomIn',
    menu: 'zoomIn',
    ways: [{ key: '+', shift: 'any' }, { key: '=', unlisted: true }, { key: '=', mod: true, shift: 'any', menu: 'all' }, { key: '+', mod: true, shift: 'any', unlisted: true }],
  },
  {
    label: 'zoomOut',
    group: 'view',
    action: 'zoomOut',
    menu: 'zoomOut',
    ways: [{ key: '-', shift: 'any' }, { key: '_', shift: 'any', unlisted: true }, { key: '-', mod: true, shift: 'any', menu: 'all' }, { key: '_', mod: true, shift: 'any', unlisted: true }],
  },
  { label: 'zoomPointer', group: 'view', ways: [{ gesture: 'modScroll', mod: true }, { gesture: 'pinch' }] },
  { label: 'zoomReset', group: 'view', action: 'zoomReset', menu: 'zoomReset', ways: [{ key: '0' }, { key: '0', mod: true, menu: 'all' }] },
  { label: 'zoomToFit', group: 'view', action: 'zoomToFit', menu: 'zoomToFit', ways: [{ key: '1', code: 'Digit1', shift: true, menu: 'all' }] },
  { label: 'zoomToStage', group: 'view', action: 'zoomToStage', ways: [{ key: 'digits', alt: true }] },
  // The facilitator's presentation of the open map (src/ui/facilitation/present), as in slide software.
  { label: 'present', group: 'view', action: 'present', ways: [{ key: 'F5' }] },
]

/** A key press as the keymap sees it (the fields of a KeyboardEvent it reads). */
export interface KeyPress {
  readonly key: string
  readonly code?: string
  readonly shiftKey?: boolean
  readonly ctrlKey?: boolean
  readonly metaKey?: boolean
  readonly altKey?: boolean
}

export function isChord(way: Way): way is Chord {
  return 'key' in way
}

const ARROWS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'])

export function chordMatches(chord: Chord, e: KeyPress): boolean {
  if (!!chord.mod !== (!!e.ctrlKey || !!e.metaKey) || !!chord.alt !== !!e.altKey) return false
  if (chord.shift !== 'any' && !!chord.shift !== !!e.shiftKey) return false
  if (chord.key === 'arrows') return ARROWS.has(e.key)
  if (chord.key === 'digits') return /^Digit[1-9]$/.test(e.code ?? '')
  if (chord.code) return e.code === chord.code
  return e.key.length === 1 ? e.key.toLowerCase() === chord.key : e.key === chord.key
}

/** Every action a key press asks for, in table order; where the keyboard is decides which one acts. */
export function actionsFor(e: KeyPress): KeyAction[] {
  const found: KeyAction[] = []
  for (const s of SHORTCUTS) {
    for (const w of s.ways) {
      const action = isChord(w) ? (w.action ?? s.action) : undefined
      if (action && !found.includes(action) && chordMatches(w as Chord, e)) found.push(action)
    }
  }
  return found
}

/** Whether an action still acts while a text field has the keyboard. */
export function actsWhileTyping(action: KeyAction): boolean {
  return SHORTCUTS.some((s) => s.action === action && s.whileTyping)
}

const ACCELERATOR_KEYS: Readonly<Record<string, string>> = { ' ': 'Space', Escape: 'Esc', '+': 'Plus' }

/** The Electron accelerator the menu shows for a command on a platform, if the table gives it one. */
export function menuAccelerator(command: MenuCommand, platform: string): string | undefined {
  const isMac = platform === 'darwin'
  for (const s of SHORTCUTS) {
    if (s.menu !== command) continue
    const chord = s.ways.find((w): w is Chord => isChord(w) && (w.menu === 'all' || w.menu === (isMac ? 'mac' : 'other')))
    if (!chord) continue
    const key = ACCELERATOR_KEYS[chord.key] ?? (chord.key.length === 1 ? chord.key.toUpperCase() : chord.key)
    return [chord.mod && 'CmdOrCtrl', chord.alt && 'Alt', chord.shift === true && 'Shift', key].filter(Boolean).join('+')
  }
  return undefined
}
