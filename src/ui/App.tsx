import { useTranslation } from 'react-i18next'
import { appStore, useAppStore } from '../store'
import { AboutDialog } from './AboutDialog'
import { ClosingNotice } from './ClosingNotice'
import { FilesHost } from './files'
import { NoticeBar } from './NoticeBar'
import { RecoveryScreen } from './RecoveryScreen'
import { ShortcutsDialog } from './ShortcutsDialog'
import { StorageBanner } from './StorageBanner'
import { TopBar } from './TopBar'
import { useAppCommands } from './useAppCommands'
import { WorkshopList } from './WorkshopList'
import { WorkshopScreen } from './WorkshopScreen'

export function App() {
  const { t } = useTranslation()
  const dbState = useAppStore((s) => s.dbState)
  const screen = useAppStore((s) => s.screen)
  const dialog = useAppStore((s) => s.dialog?.kind)
  const { closing } = useAppCommands()

  if (dbState.kind === 'opening') {
    return (
      <div className="splash" role="status">
        {t('app.opening')}
      </div>
    )
  }
  if (dbState.kind === 'failed') return <RecoveryScreen message={dbState.message} />

  return (
    <div className="app">
      <TopBar />
      <StorageBanner />
      <main id="main" className="app-main">
        {screen.kind === 'workshops' ? <WorkshopList /> : <WorkshopScreen workshopId={screen.workshopId} />}
      </main>
      <NoticeBar />
      <ShortcutsDialog open={dialog === 'shortcuts'} onClose={appStore.getState().closeDialog} />
      <AboutDialog open={dialog === 'about'} onClose={appStore.getState().closeDialog} />
      <FilesHost />
      <ClosingNotice open={closing} />
    </div>
  )
}
