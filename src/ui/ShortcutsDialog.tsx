import { useTranslation } from 'react-i18next'
import { Dialog } from './Dialog'

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)
const MOD = isMac ? '⌘' : 'Ctrl'

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const rows: [string, string][] = [
    [t('shortcuts.undo'), `${MOD}+Z`],
    [t('shortcuts.redo'), `${MOD}+Shift+Z / ${MOD}+Y`],
    [t('shortcuts.newMap'), `${MOD}+N`],
    [t('shortcuts.newWorkshop'), `${MOD}+Shift+N`],
    [t('shortcuts.help'), '?'],
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
      <table className="shortcuts">
        <tbody>
          {rows.map(([label, keys]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>
                <kbd>{keys}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  )
}
