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
    // Icon-sized while the room is closed, so the board's bar keeps to one line on a laptop screen.
    <button
      type="button"
      className={`button button--small${pressed ? ' button--pressed' : ''}${open ? ' room-toggle--open' : ''}`}
      aria-pressed={pressed}
      onClick={onToggle}
      data-testid="room-toggle"
      aria-label={open ? undefined : t('room.toggle.closed')}
      title={t('room.toggle.closed')}
    >
      <Radio size={14} aria-hidden /> {open ? t('room.toggle.open', { count: participantsHere(state.participants) }) : null}
    </button>
  )
}
