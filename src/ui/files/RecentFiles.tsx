import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RecentFileEntry } from '../../../electron/shared/ipc'
import { platform } from '../../platform'
import { OneLine } from '../OneLine'
import { appStore } from '../../store'
import { describeFileError, notice } from './fileActions'

/**
 * The desktop app's recent files on the workshop list. Picking one asks main to read it (main
 * checks it is on its list) and offers it for import like any other file that arrives.
 */
export function RecentFiles() {
  const { t } = useTranslation()
  const [files, setFiles] = useState<RecentFileEntry[]>([])

  useEffect(() => {
    if (!platform.files.native) return
    let live = true
    void platform.files.recent().then((list) => live && setFiles(list)).catch(() => undefined)
    return () => {
      live = false
    }
  }, [])

  if (files.length === 0) return null
  const open = async (id: string) => {
    const result = await platform.files.openRecent(id)
    if (result.kind === 'failed') notice('files.openFailed', { name: result.name, reason: describeFileError(t, result.error) }, 'error')
    // Offered through the same dialog as a double-clicked or dropped file.
    else if (result.kind === 'opened') appStore.getState().offerFile(result.file)
  }
  return (
    <section className="recent-files" aria-labelledby="recent-files-heading">
      <h2 id="recent-files-heading">{t('files.recent')}</h2>
      <ul>
        {files.map((file) => {
          const where = file.folder ? t('files.recentIn', { folder: file.folder }) : ''
          return (
            <li key={file.id}>
              <button type="button" className="link-button recent-file" title={where ? `${file.name}\n${where}` : file.name} onClick={() => void open(file.id)}>
                <OneLine text={file.name} className="recent-file__name" />
                {where ? <OneLine text={where} className="recent-file__folder muted" /> : null}
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
