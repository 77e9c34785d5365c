import { LoaderCircle, Wifi, WifiOff } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import type { RoomConnection } from '../../room/types'
import './room.css'
import './join.css'

/**
 * A slim line above a participant's board saying whether their edits reach the room. Offline is not
 * an error: edits stay on the device and merge when the connection returns. Being refused, removed
 * or closed out ends the session, and the join screen says so instead.
 */
export function RoomStatusBar({ connection }: { connection: RoomConnection }) {
  const { t } = useTranslation()
  switch (connection.status) {
    case 'connected':
      return (
        <div className="room-status room-status--connected" role="status">
          <Wifi size={14} aria-hidden />
          <span>{t('room.status.connected')}</span>
        </div>
      )
    case 'connecting':
      return (
        <div className="room-status room-status--connecting" role="status">
          <LoaderCircle size={14} aria-hidden className="room-spin" />
          <span>{t('room.status.reconnecting')}</span>
        </div>
      )
    case 'offline':
      return (
        <div className="room-status room-status--offline" role="status">
          <WifiOff size={16} aria-hidden />
          <span>{t('room.status.offline')}</span>
        </div>
      )
    default:
      return null
  }
}
