import { Download, VolumeX } from 'lucide-react'
import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { appStore, useAppStore } from '../../store'
import { UndoRedoButtons, useHistoryKeys } from '../History'
import { MapEditor } from '../MapEditor'
import { StepBanner } from '../facilitation/agenda/StepBanner'
import { TimerDisplay } from '../facilitation/timer/TimerDisplay'
import { OneLine } from '../OneLine'
import { PresenceContext } from '../presence/PresenceContext'
import { JoinScreen } from '../room/JoinScreen'
import { FollowPresentation } from './FollowPresentation'
import { HeldBanner } from '../presence/ViewHold'
import { PhoneBoard } from '../room/PhoneBoard'
import { RoomStatusBar } from '../room/RoomStatusBar'
import { RoomVoteContext } from '../room/RoomVoteContext'
import { createParticipantVote } from './participantVote'
import { ParticipantControl, ParticipantNotice } from './ParticipantControl'
import { VoteBar } from './VoteBar'
import { PrivateBanner } from './PrivateBanner'
import type { ParticipantRoom } from './participantRoom'
import './participant.css'

/** Phones and small tablets get the phone view; a laptop browser gets the whole board. */
const NARROW = '(max-width: 760px)'

function useNarrow(): boolean {
  return useSyncExternalStore(
    (listener) => {
      const query = window.matchMedia(NARROW)
      query.addEventListener('change', listener)
      return () => query.removeEventListener('change', listener)
    },
    () => window.matchMedia(NARROW).matches,
  )
}

/** A reload of the same tab rejoins under the same name without asking again (the tab's session keeps it). */
const JOINED_KEY = 'journeyboard.room.joinedAs'

function joinedName(): string | null {
  try {
    return sessionStorage.getItem(JOINED_KEY)
  } catch {
    return null
  }
}

function keepJoinedName(name: string): void {
  try {
    sessionStorage.setItem(JOINED_KEY, name)
  } catch {
    // Without session storage a reload asks for the name again (prefilled): nothing is lost.
  }
}

/** A participant's page: the join screen, then the shared map, on a phone or a laptop. */
export function ParticipantApp({ room, shortCode }: { room: ParticipantRoom; shortCode: string }) {
  const { t } = useTranslation()
  const state = useSyncExternalStore(room.subscribe, room.getState)
  const title = useAppStore((s) => s.doc?.map.title ?? '')
  const narrow = useNarrow()
  const roomMuted = useAppStore((s) => s.roomMuted)

  useEffect(() => room.start(), [room])
  const { connection, ready, joined } = state
  const vote = useMemo(() => createParticipantVote(appStore, { access: room.access, voter: room.voter, origin: window.location.origin, hostNow: () => room.hostNow() }), [room])
  useEffect(() => {
    const shared = ready ? room.sharedDoc() : null
    return shared ? vote.attach(shared) : undefined
  }, [vote, room, ready])
  useEffect(() => {
    const name = joinedName()
    if (name && !joined && ready && connection.status === 'connected') room.join(name)
  }, [room, joined, ready, connection.status])

  const ended = connection.status === 'refused' || connection.status === 'removed' || connection.status === 'closed'
  const editing = joined && ready && !ended && room.access !== 'view'
  // A participant's undo takes back only their own changes (the room's per-person history).
  useHistoryKeys(editing)
  if (!joined || !ready || ended) {
    return (
      <JoinScreen
        // Joining waits for the map itself, not only for the socket: the board needs something to show.
        connection={ended || ready ? connection : { status: 'connecting' }}
        roomCode={shortCode}
        onJoin={(name) => {
          keepJoinedName(name)
          room.join(name)
        }}
        onDownload={() => void room.download()}
      />
    )
  }
  return (
    <div className={`participant-app${narrow ? ' participant-app--phone' : ''}`}>
      <header className="participant-bar">
        {/* The phone view heads its page with the title; the bar keeps its room for the buttons. */}
        {narrow ? null : (
          <strong className="participant-title">
            <OneLine text={title || t('room.participant.untitled')} />
          </strong>
        )}
        <RoomStatusBar connection={connection} />
        {/* The facilitator silenced the timer for everyone: said here too, as the timer may not be on screen. */}
        {roomMuted ? (
          <span className="participant-muted" data-testid="participant-room-muted">
            <VolumeX size={14} aria-hidden /> {t('timer.roomMuted')}
          </span>
        ) : null}
        {editing ? <UndoRedoButtons /> : <span className="participant-viewonly">{t('room.participant.viewOnly')}</span>}
        {editing ? <ParticipantControl /> : null}
        {/* Anyone may take the map home at any time, not only once the room has closed. */}
        <button type="button" className="button button--small" onClick={() => void room.download()} data-testid="participant-download">
          <Download size={14} aria-hidden /> {t('room.participant.download')}
        </button>
      </header>
      {editing ? <VoteBar vote={vote} phone={narrow} /> : null}
      {editing && room.privateWriting ? <PrivateBanner writing={room.privateWriting} /> : null}
      <div className="participant-body">
        {narrow ? (
          <>
            {/* The facilitator's timer heads the phone's page and stays in view while it scrolls (the laptop board has its own). */}
            <div className="participant-phone-timer">
              <TimerDisplay canControl={false} />
            </div>
            <StepBanner canEnd={false} />
            <HeldBanner />
            <RoomVoteContext.Provider value={vote}>
              <PhoneBoard readOnly={room.access === 'view'} isMine={room.isMine} />
            </RoomVoteContext.Provider>
          </>
        ) : (
          <PresenceContext.Provider value={room.presence()}>
            <MapEditor participant />
          </PresenceContext.Provider>
        )}
      </div>
      <FollowPresentation />
      {/* Why a change did not happen (the facilitator locked it), and the board's other notices. */}
      <ParticipantNotice />
    </div>
  )
}
