import { UserMinus } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RoomParticipant } from '../../room/types'
import { OneLine } from '../OneLine'
import { ConfirmDialog } from './ConfirmDialog'
import { participantsHere } from './participants'

interface Props {
  readonly participants: readonly RoomParticipant[]
  readonly onRemove: (participantId: string) => void
}

/** Who is in the room: colour, name, what they may do, whether they are here now; anyone but the host can be removed. */
export function ParticipantList({ participants, onRemove }: Props) {
  const { t } = useTranslation()
  const [removing, setRemoving] = useState<RoomParticipant | null>(null)
  const nameOf = (p: RoomParticipant) => p.name.trim() || t('room.people.unnamed')
  return (
    <section className="room-people" aria-labelledby="room-people-title">
      <h3 id="room-people-title">{t('room.people.title', { count: participantsHere(participants) })}</h3>
      {participants.length === 0 ? (
        <p className="muted">{t('room.people.empty')}</p>
      ) : (
        <ul className="room-people-list">
          {participants.map((p) => (
            <li key={p.id} className="room-person" data-connected={p.connected || undefined}>
              <span className="room-person-dot" style={{ background: p.color }} aria-hidden />
              <span className="room-person-name">
                <OneLine text={nameOf(p)} />
              </span>
              <span className="room-person-access muted">{t(`room.people.access.${p.access}`)}</span>
              <span className={`room-person-status room-person-status--${p.connected ? 'here' : 'away'}`}>{t(p.connected ? 'room.people.here' : 'room.people.away')}</span>
              {p.access !== 'host' && (
                <button type="button" className="icon-button" aria-label={t('room.people.remove', { name: nameOf(p) })} title={t('room.people.remove', { name: nameOf(p) })} onClick={() => setRemoving(p)}>
                  <UserMinus size={18} aria-hidden />
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('room.people.removeTitle', { name: removing ? nameOf(removing) : '' })}
        message={t('room.people.removeText')}
        confirmLabel={t('room.people.removeConfirm')}
        cancelLabel={t('room.cancel')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) onRemove(removing.id)
          setRemoving(null)
        }}
      />
    </section>
  )
}
