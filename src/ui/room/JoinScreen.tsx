import { Ban, Download, DoorClosed, KeyRound, LoaderCircle, WifiOff } from 'lucide-react'
import { useEffect, useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { cleanLine } from '../../domain/text'
import type { RoomConnection } from '../../room/types'
import { NAME_MAX_LENGTH, rememberedName, rememberName } from './rememberedName'
import './room.css'
import './join.css'

export interface JoinScreenProps {
  readonly connection: RoomConnection
  /** The person's name, trimmed and cleaned; already remembered for next time. */
  readonly onJoin: (name: string) => void
  /** Saves the copy of the map this device holds as a .journey file (offered once the room is closed). */
  readonly onDownload: () => void
  /**
   * The first characters of the code in the link (as the host's shortCode), shown so a person can
   * check they are joining the room on the projector and not another one nearby.
   */
  readonly roomCode?: string
}

/** After this long still connecting, the screen suggests what usually stands in the way: being on another network. */
export const SLOW_CONNECT_MS = 10_000

/**
 * A participant's first screen, on a phone over plain http: no account, just a name. Nothing here
 * needs a secure context (no crypto.randomUUID, async clipboard or service worker).
 */
export function JoinScreen({ connection, onJoin, onDownload, roomCode }: JoinScreenProps) {
  return <main className="room-join-screen">{connection.status === 'refused' || connection.status === 'removed' || connection.status === 'closed' ? <TurnedAway status={connection.status} onDownload={onDownload} /> : <NameForm status={connection.status} onJoin={onJoin} roomCode={roomCode} />}</main>
}

function TurnedAway({ status, onDownload }: { status: 'refused' | 'removed' | 'closed'; onDownload: () => void }) {
  const { t } = useTranslation()
  const Icon = status === 'refused' ? KeyRound : status === 'removed' ? Ban : DoorClosed
  return (
    <div className="room-join-card" role="alert">
      <Icon size={40} aria-hidden className="room-join-icon" />
      <h1>{t(`room.join.${status}Title`)}</h1>
      <p>{t(`room.join.${status}Text`)}</p>
      {status === 'closed' && (
        <button type="button" className="button button--primary room-big-button" onClick={onDownload}>
          <Download size={18} aria-hidden />
          {t('room.join.download')}
        </button>
      )}
    </div>
  )
}

function NameForm({ status, onJoin, roomCode }: { status: 'connecting' | 'connected' | 'offline'; onJoin: (name: string) => void; roomCode: string | undefined }) {
  const { t } = useTranslation()
  const id = useId()
  const [name, setName] = useState(rememberedName)
  const clean = cleanLine(name).trim()

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!clean || status !== 'connected') return
    rememberName(clean)
    onJoin(clean)
  }

  return (
    <form className="room-join-card" onSubmit={submit}>
      <h1>{t('room.join.title')}</h1>
      <p className="muted">{t('room.join.intro')}</p>
      {roomCode && <p className="room-join-room-code">{t('room.join.roomCode', { code: roomCode })}</p>}
      <label htmlFor={id} className="room-join-name-label">
        {t('room.join.name')}
      </label>
      <input id={id} className="room-join-name" dir="auto" autoComplete="nickname" maxLength={NAME_MAX_LENGTH} value={name} onChange={(e) => setName(e.target.value)} placeholder={t('room.join.namePlaceholder')} />
      <button type="submit" className="button button--primary room-big-button" disabled={!clean || status !== 'connected'}>
        {status === 'connected' ? t('room.join.join') : t('room.join.waiting')}
      </button>
      <p className={`room-join-status room-join-status--${status}`} role="status">
        {status === 'connecting' ? (
          <Connecting />
        ) : status === 'offline' ? (
          <>
            <WifiOff size={16} aria-hidden />
            <span>{t('room.join.offline')}</span>
          </>
        ) : (
          <span>{t('room.join.connected')}</span>
        )}
      </p>
    </form>
  )
}

/** Mounted afresh for each attempt, so the hint about the network waits its full time again after a drop. */
function Connecting() {
  const { t } = useTranslation()
  const [slow, setSlow] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_CONNECT_MS)
    return () => clearTimeout(timer)
  }, [])
  return (
    <>
      <LoaderCircle size={16} aria-hidden className="room-spin" />
      <span>{t(slow ? 'room.join.connectingSlow' : 'room.join.connecting')}</span>
    </>
  )
}
