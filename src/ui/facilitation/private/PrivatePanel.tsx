import { Eye, EyeOff } from 'lucide-react'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { formatNumber } from '../../../i18n/format'
import { observeSessionPrivate, type SessionPrivate } from '../../../room/sessionPrivate'
import { useHostedRoom, useHostedRoomState } from '../../roomHost/HostedRoomContext'
import { hostedPrivate } from '../../roomHost/hostedPrivate'
import { useHostProgress } from '../../roomHost/useHostProgress'
import '../vote/vote.css'


function useSessionPrivate(doc: Y.Doc | null): SessionPrivate | null {
  const [seen, setSeen] = useState<{ readonly doc: Y.Doc; readonly value: SessionPrivate | null } | null>(null)
  useEffect(() => (doc ? observeSessionPrivate(doc, (value) => setSeen({ doc, value })) : undefined), [doc])
  return seen && seen.doc === doc ? seen.value : null
}

/**
 * Private writing, run by the facilitator: while it is on, each participant's new cards stay on the
 * host, seen by their author only; this panel shows how many each person holds (never the text)
 * and reveals them all at once, which also ends the round (start another for the next one).
 */
export function PrivatePanel() {
  const { t, i18n } = useTranslation()
  const room = useHostedRoom()
  const roomState = useHostedRoomState(room)
  const shared = roomState.info && room ? room.sharedDoc() : null
  const session = useSessionPrivate(shared)
  const control = useMemo(() => (room ? hostedPrivate(room) : null), [room])
  const [anonymous, setAnonymous] = useState(true)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [revealed, setRevealed] = useState(false)
  const on = session !== null

  const progress = useHostProgress(on && control ? control : null)

  if (!control || !shared) {
    return (
      <div className="vote-panel" data-testid="private-panel">
        <p className="muted">{t('room.private.panel.noRoom')}</p>
      </div>
    )
  }

  const run = (action: () => Promise<{ ok: boolean; message?: string }>, after?: () => void) => {
    setBusy(true)
    void action().then((answer) => {
      setBusy(false)
      setError(answer.ok ? null : t('room.private.panel.failed', { error: answer.message || '—' }))
      if (answer.ok) after?.()
    })
  }
  const names = new Map(roomState.participants.map((p) => [p.id, p.name]))
  const counts = Object.entries(progress?.counts ?? {})
  const total = counts.reduce((n, [, c]) => n + c, 0)

  return (
    <div className="vote-panel" data-testid="private-panel">
      <p className="muted">{t('room.private.panel.intro')}</p>
      {error ? (
        <p className="vote-error" role="alert">
          {error}
        </p>
      ) : null}
      {on ? (
        <section className="vote-section" data-testid="private-running">
          <h2 className="vote-heading">
            <EyeOff size={14} aria-hidden /> {t(session.anonymous ? 'room.private.panel.runningAnonymous' : 'room.private.panel.running')}
          </h2>
          {counts.length === 0 ? (
            <p role="status">{t('room.private.panel.nobody')}</p>
          ) : (
            <ul className="private-counts" role="status" data-testid="private-counts">
              {counts.map(([pid, n]) => (
                <li key={pid} data-testid="private-count" data-pid={pid}>
                  <span dir="auto">{names.get(pid) || t('room.private.panel.someone')}</span> <strong>{formatNumber(n, i18n.language)}</strong>
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="button button--primary" disabled={busy} onClick={() => run(() => control.reveal(), () => setRevealed(true))} data-testid="private-reveal">
            <Eye size={14} aria-hidden /> {t('room.private.panel.reveal', { count: total })}
          </button>
        </section>
      ) : (
        <section className="vote-section" data-testid="private-start-section">
          {revealed ? <p role="status">{t('room.private.panel.revealed')}</p> : null}
          <label className="private-option">
            <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} data-testid="private-anonymous" /> {t('room.private.panel.anonymous')}
          </label>
          <button type="button" className="button button--primary" disabled={busy} onClick={() => run(() => control.start(anonymous), () => setRevealed(false))} data-testid="private-start">
            <EyeOff size={14} aria-hidden /> {t('room.private.panel.start')}
          </button>
        </section>
      )}
    </div>
  )
}
