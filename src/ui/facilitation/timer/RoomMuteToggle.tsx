import { BellOff, Bell } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { writeRoomMute } from '../../../room/sessionHold'
import { useAppStore } from '../../../store'
import { useHostedRoom, useHostedRoomState } from '../../roomHost/HostedRoomContext'

/**
 * The facilitator's "Mute the room": silences the timer on every device in the room (written to
 * the room's session; each screen says the room is muted). Shown only while this window hosts a
 * room it is in.
 */
export function RoomMuteToggle() {
  const { t } = useTranslation()
  const room = useHostedRoom()
  const state = useHostedRoomState(room)
  const muted = useAppStore((s) => s.roomMuted)
  const shared = state.info && room ? room.sharedDoc() : null
  if (!shared) return null
  return (
    <button
      type="button"
      className={`button timer-mute${muted ? ' button--pressed' : ''}`}
      aria-pressed={muted}
      onClick={() => writeRoomMute(shared, !muted)}
      data-testid="timer-room-mute"
    >
      {muted ? <BellOff size={14} aria-hidden /> : <Bell size={14} aria-hidden />} {t('timer.muteRoom')}
    </button>
  )
}
