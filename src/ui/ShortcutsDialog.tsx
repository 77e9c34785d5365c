import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import { TOOLS } from '../canvas/whiteboard/tools'
import { Dialog } from './Dialog'

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)
const MOD = isMac ? '⌘' : 'Ctrl'
const ALT = isMac ? '⌥' : 'Alt'

/** One row: what it does, and the key combinations (or pointer gestures) that do it, any of which works. */
type Row = readonly [label: string, ways: readonly string[]]

/**
 * The cheat sheet: every shortcut the app and the board answer to, grouped the way people look
 * for them. Key names and gestures come from the catalogue, since keyboards label keys in the
 * person's language.
 */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const k = (name: string, values?: Record<string, string>) => t(`shortcuts.keys.${name}`, values)
  const arrows = k('arrows')

  const groups: readonly (readonly [title: string, rows: readonly Row[]])[] = [
    [
      t('shortcuts.groups.general'),
      [
        [t('shortcuts.undo'), [`${MOD}+Z`]],
        [t('shortcuts.redo'), [`${MOD}+Shift+Z`, `${MOD}+Y`]],
        [t('shortcuts.newMap'), [`${MOD}+N`]],
        [t('shortcuts.newWorkshop'), [`${MOD}+Shift+N`]],
        [t('shortcuts.help'), ['?']],
      ],
    ],
    [
      t('shortcuts.groups.board'),
      [
        ...TOOLS.map(({ tool, key }): Row => [t(`shortcuts.tools.${tool}`), [key]]),
        [t('shortcuts.backToSelect'), [k('esc')]],
        [t('shortcuts.renameHeader'), [k('doubleClickHeader')]],
        // The grid from the keyboard: Tab on the focused board walks the headers (src/canvas/grid/useGridKeys.ts).
        [t('shortcuts.focusHeaders'), [k('tab'), `Shift+${k('tab')}`]],
        [t('shortcuts.renameFocusedHeader'), [k('enter'), 'F2']],
        [t('shortcuts.deleteHeader'), [k('delete')]],
        [t('shortcuts.headerToolbar'), ['Shift+F10', k('menuKey')]],
        [t('shortcuts.leaveHeaders'), [k('esc')]],
        [t('shortcuts.reorderHeader'), [k('dragHeader')]],
        [t('shortcuts.resizeHeader'), [k('dragEdge')]],
        [t('shortcuts.collapseLane'), [k('clickChevron')]],
      ],
    ],
    [
      t('shortcuts.groups.cards'),
      [
        [t('shortcuts.addCard'), [k('doubleClickCell')]],
        [t('shortcuts.editCard'), [k('enter'), 'F2']],
        [t('shortcuts.newLine'), [`Shift+${k('enter')}`]],
        [t('shortcuts.cancelEdit'), [k('esc')]],
        [t('shortcuts.addToSelection'), [k('shiftClick')]],
        [t('shortcuts.selectAll'), [`${MOD}+A`]],
        [t('shortcuts.deselect'), [k('esc')]],
        [t('shortcuts.moveSelection'), [arrows]],
        [t('shortcuts.duplicate'), [`${MOD}+D`]],
        [t('shortcuts.copyCutPaste'), [`${MOD}+C`, `${MOD}+X`, `${MOD}+V`]],
        [t('shortcuts.deleteSelection'), [k('delete'), k('backspace')]],
      ],
    ],
    [
      t('shortcuts.groups.view'),
      [
        [t('shortcuts.pan'), [k('spaceDrag'), k('middleDrag'), k('scroll')]],
        [t('shortcuts.panKeys'), [arrows, `Shift+${arrows}`]],
        [t('shortcuts.zoomIn'), ['+', `${MOD}+=`]],
        [t('shortcuts.zoomOut'), ['-', `${MOD}+-`]],
        [t('shortcuts.zoomPointer'), [k('modScroll', { mod: MOD }), k('pinch')]],
        [t('shortcuts.zoomReset'), ['0', `${MOD}+0`]],
        [t('shortcuts.zoomToFit'), ['Shift+1']],
        [t('shortcuts.zoomToStage'), [`${ALT}+1…9`]],
      ],
    ],
  ]

  return (
    <Dialog
      open={open}
      title={t('shortcuts.title')}
      onClose={onClose}
      actions={
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('shortcuts.close')}
        </button>
      }
    >
      <div className="shortcuts-columns">
      {groups.map(([title, rows]) => (
        <table key={title} className="shortcuts">
          <caption className="shortcuts__group">{title}</caption>
          <tbody>
            {rows.map(([label, ways]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>
                  {ways.map((way, i) => (
                    <Fragment key={way}>
                      {i > 0 && <span className="shortcuts__or"> {t('shortcuts.or')} </span>}
                      <kbd>{way}</kbd>
                    </Fragment>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      </div>
    </Dialog>
  )
}
