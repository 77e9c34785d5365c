import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { platform, type AppInfo } from '../platform'
import { dataFolderHint } from '../platform/dataFolder'
import { Dialog } from './Dialog'

export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    if (open) void platform.appInfo().then(setInfo)
  }, [open])
  return (
    <Dialog
      open={open}
      title={t('about.title')}
      onClose={onClose}
      actions={
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('shortcuts.close')}
        </button>
      }
    >
      <p>{t('about.body')}</p>
      {info ? <p>{t('about.version', { version: info.version })}</p> : null}
      <DataWhere platform={info?.platform} />
    </Dialog>
  )
}

function DataWhere({ platform: system }: { platform: string | undefined }) {
  const { t } = useTranslation()
  const folder = system === undefined ? null : dataFolderHint(system)
  // The path is left-to-right inside any sentence: isolated (LRI ... PDI) so Persian text around it keeps its order.
  return <p>{folder ? t('about.dataWhere', { path: `\u2066${folder}\u2069` }) : t('about.dataBrowser')}</p>
}
