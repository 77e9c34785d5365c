import '@fontsource/inter/400.css'
import '@fontsource/inter/600.css'
import '@fontsource/vazirmatn/400.css'
import '@fontsource/vazirmatn/600.css'
import './styles/app.css'
import { StrictMode } from 'react'
import { z } from 'zod'
import { createRoot } from 'react-dom/client'
import { changeLanguage, defaultMapDirection, initI18n } from './i18n'
import { App } from './ui/App'
import { platform } from './platform'
import { appStore } from './store'
import { createWorkspace } from './store/workspace'
import { startBackups } from './ui/files/backups'
import { WorkspaceProvider } from './ui/WorkspaceContext'
import i18n from 'i18next'
import { parseRoomLink } from './platform/roomLink'
import { ParticipantApp } from './ui/participant/ParticipantApp'
import { createParticipantRoom } from './ui/participant/participantRoom'
import { createHostedRoom } from './ui/roomHost/hostedRoom'
import { HostedRoomContext } from './ui/roomHost/HostedRoomContext'
import { waitForFonts } from './ui/fonts'
import { setCardHeightRule } from './domain/cardFit'
import { createCardHeightRule } from './drawing/cardFit'
import { createCanvasTextWidth } from './drawing/textMeasure'

// zod probes `new Function` on first use; the CSP forbids it, so say up front that it must not try.
z.config({ jitless: true })

async function start(): Promise<void> {
  // Konva does not redraw when a font arrives later, so the canvas waits for the bundled faces.
  await Promise.all([initI18n(), waitForFonts()])
  // Cards grow to their text, measured in the fonts just loaded.
  setCardHeightRule(createCardHeightRule(createCanvasTextWidth()))
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  // A join link (#room=…&code=…): this page is a participant's, with the shared map and no
  // workshops, database or files of its own.
  const link = parseRoomLink(window.location.hash)
  if (link) {
    const room = createParticipantRoom(appStore, link, window.location.host)
    createRoot(root).render(
      <StrictMode>
        <ParticipantApp room={room} shortCode={link.code.slice(0, 6)} />
      </StrictMode>,
    )
    return
  }
  const hostedRoom = createHostedRoom(appStore, { facilitatorName: () => i18n.t('room.presence.facilitator') })
  const workspace = createWorkspace(appStore, { applyLanguage: changeLanguage, mapDirection: defaultMapDirection, onSaveStatus: platform.reportSaveStatus })
  createRoot(root).render(
    <StrictMode>
      <WorkspaceProvider value={workspace}>
        <HostedRoomContext.Provider value={hostedRoom}>
          <App />
        </HostedRoomContext.Provider>
      </WorkspaceProvider>
    </StrictMode>,
  )
  startBackups(appStore, platform)
  void workspace.init()
}

void start()
