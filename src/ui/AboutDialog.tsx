import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { platform, type AppInfo } from '../platform'
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
      <p>{info?.userDataPath ? t('about.dataWhere', { path: info.userDataPath }) : t('about.dataBrowser')}</p>
    </Dialog>
  )
}
