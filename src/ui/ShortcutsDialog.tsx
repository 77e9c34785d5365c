import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import { isChord, SHORTCUTS, type Chord, type ShortcutGroup, type Way } from '../editor/keymap'
import { Dialog } from './Dialog'

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)
const MOD = isMac ? '⌘' : 'Ctrl'
const ALT = isMac ? '⌥' : 'Alt'

const GROUPS: readonly ShortcutGroup[] = ['general', 'board', 'cards', 'view']

/** Keys with a name in the catalogue's `shortcuts.keys`, since keyboards label keys in the person's language. */
const NAMED_KEYS: Readonly<Record<string, string>> = {
  Escape: 'esc',
  Enter: 'enter',
  Delete: 'delete',
  Backspace: 'backspace',
  Tab: 'tab',
  ContextMenu: 'menuKey',
  arrows: 'arrows',
}

/** One row: what it does, and the key combinations (or pointer gestures) that do it, any of which works. */
type Row = readonly [label: string, ways: readonly Shown[]]
type Shown = { readonly text: string; readonly dir: 'ltr' | 'auto' }

/**
 * The cheat sheet: every shortcut the app and the board answer to, read from the keymap
 * (src/editor/keymap.ts) that the key handling and the native menu are made from too.
 */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const k = (name: string, values?: Record<string, string>) => t(`shortcuts.keys.${name}`, values)

  const chordText = (c: Chord): string => {
    const named = NAMED_KEYS[c.key]
    const key = named ? k(named) : c.key === 'digits' ? '1…9' : c.key.length === 1 ? c.key.toUpperCase() : c.key
    return [c.mod && MOD, c.alt && ALT, c.shift === true && 'Shift', key].filter(Boolean).join('+')
  }
  // A key combination reads left to right in every language ("Ctrl+=", never "=+Ctrl"); a gesture is words.
  const wayText = (w: Way): Shown => (isChord(w) ? { text: chordText(w), dir: 'ltr' } : { text: k(w.gesture, w.mod ? { mod: MOD } : undefined), dir: 'auto' })

  const groups = GROUPS.map((group): readonly [string, readonly Row[]] => [
    t(`shortcuts.groups.${group}`),
    SHORTCUTS.filter((s) => s.group === group && !s.unlisted).map((s): Row => [t(`shortcuts.${s.label}`), s.ways.filter((w) => !(isChord(w) && w.unlisted)).map(wayText)]),
  ])

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
                    <Fragment key={way.text}>
                      {i > 0 && <span className="shortcuts__or"> {t('shortcuts.or')} </span>}
                      <kbd dir={way.dir}>{way.text}</kbd>
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
