import { Radio } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { participantsHere } from '../room/participants'
import { useHostedRoom, useHostedRoomState } from './HostedRoomContext'
import './roomHost.css'

/** The board bar's "Room" button: shows the room panel, and while the room is open how many are in. */
export function RoomToggle({ pressed, onToggle }: { pressed: boolean; onToggle: () => void }) {
  const { t } = useTranslation()
  const room = useHostedRoom()
  const state = useHostedRoomState(room)
  if (!room) return null
  const open = state.info !== null
  return (
    <button type="button" className={`button button--small${pressed ? ' button--pressed' : ''}${open ? ' room-toggle--open' : ''}`} aria-pressed={pressed} onClick={onToggle} data-testid="room-toggle">
      <Radio size={14} aria-hidden /> {open ? t('room.toggle.open', { count: participantsHere(state.participants) }) : t('room.toggle.closed')}
    </button>
  )
}
