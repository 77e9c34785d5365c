import { Maximize2, Minimize2, Minus, Plus, Volume2, VolumeX, X } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppStore } from '../../../store'
import { setDeviceMute, useRememberedMute } from './mutePref'
import { useTimerChimes, useTimerView } from './timerView'
import './timer.css'

const SIZES = ['small', 'medium', 'large'] as const
type Size = (typeof SIZES)[number]
interface Look {
  readonly size: Size
  readonly collapsed: boolean
}
const LOOK_KEY = 'journeyboard.timerDisplay'
const DEFAULT_LOOK: Look = { size: 'medium', collapsed: false }

/** The size the facilitator chose last time on this machine (it suits their projector). */
function readLook(): Look {
  try {
    const saved = JSON.parse(localStorage.getItem(LOOK_KEY) ?? 'null') as Partial<Look> | null
    const size = SIZES.find((s) => s === saved?.size) ?? DEFAULT_LOOK.size
    return { size, collapsed: saved?.collapsed === true }
  } catch {
    return DEFAULT_LOOK
  }
}

function saveLook(look: Look): void {
  try {
    localStorage.setItem(LOOK_KEY, JSON.stringify(look))
  } catch {
    // Storage may be unavailable; the size still holds for this session.
  }
}

/**
 * The workshop timer, large over the board's top corner (inline end) for the room to read from the
 * back: clear of the tool bar at the bottom and the zoom in the bottom corner. The last ten seconds
 * turn red and pulse (still without motion when the system asks for less); the end says "Time's up"
 * until the facilitator dismisses it. It can be made smaller, larger or folded to a chip.
 */
/** `canControl`: the facilitator may add a minute at the end; a participant only dismisses it on their screen. */
export function TimerDisplay({ canControl = true }: { canControl?: boolean }) {
  const { t } = useTranslation()
  const { timer, phase, clock } = useTimerView()
  useTimerChimes(phase)
  useRememberedMute()
  const muted = useAppStore((s) => s.timerMuted)
  const roomMuted = useAppStore((s) => s.roomMuted)
  const resetTimer = useAppStore((s) => s.resetTimer)
  const addTimerTime = useAppStore((s) => s.addTimerTime)
  const [look, setLook] = useState(readLook)
  const change = (next: Look) => {
    setLook(next)
    saveLook(next)
  }
  const done = phase === 'done'
  const announce = done ? t('timer.timesUp') : phase === 'lastTen' ? t('timer.display.lastTen') : ''
  if (timer.status === 'idle') return null
  const sizeIndex = SIZES.indexOf(look.size)
  const resize = (step: number) => change({ ...look, size: SIZES[Math.min(SIZES.length - 1, Math.max(0, sizeIndex + step))] ?? look.size })

  return (
    // The layer spans the board so the display can size itself to the board (container units), not the window.
    <div className="timer-layer">
      <section className={`timer-display timer-display--${phase} timer-display--${look.size}`} data-collapsed={look.collapsed} aria-label={t('timer.display.label')} data-testid="timer-display">
        {look.collapsed ? (
          <button type="button" className="timer-display-chip" onClick={() => change({ ...look, collapsed: false })} aria-label={t('timer.display.expand')} title={t('timer.display.expand')}>
            {done ? <span>{t('timer.timesUp')}</span> : <span dir="ltr">{clock}</span>}
            {muted || roomMuted ? <VolumeX size={14} aria-label={t(roomMuted ? 'timer.roomMuted' : 'timer.mutedHere')} /> : null}
            <Maximize2 size={14} aria-hidden />
          </button>
        ) : (
          <>
            <div className="timer-display-face" role="timer">
              {done ? (
                <span className="timer-display-ends">{t('timer.timesUp')}</span>
              ) : (
                <span className="timer-display-digits" dir="ltr">
                  {clock}
                </span>
              )}
              {phase === 'paused' ? <span className="timer-display-state">{t('timer.status.paused')}</span> : null}
              {roomMuted ? (
                <span className="timer-display-muted" data-testid="timer-room-muted">
                  <VolumeX size={14} aria-hidden /> {t('timer.roomMuted')}
                </span>
              ) : null}
            </div>
            <div className="timer-display-tools">
              {done ? (
                <>
                  {canControl ? (
                    <button type="button" className="timer-display-button timer-display-button--text" onClick={() => addTimerTime(60_000)}>
                      {t('timer.add', { minutes: 1 })}
                    </button>
                  ) : null}
                  <button type="button" className="timer-display-button timer-display-button--text" onClick={resetTimer} data-testid="timer-dismiss">
                    <X size={16} aria-hidden /> {t('timer.display.dismiss')}
                  </button>
                </>
              ) : null}
              {/* This device only: the facilitator's "Mute the room" is in the timer's dialog. */}
              <button
                type="button"
                className={`timer-display-button${muted ? ' timer-display-button--on' : ''}`}
                onClick={() => setDeviceMute(!muted)}
                aria-pressed={muted}
                aria-label={t('timer.mute')}
                title={t(muted ? 'timer.mutedHere' : 'timer.mute')}
                data-testid="timer-mute"
              >
                {muted ? <VolumeX size={16} aria-hidden /> : <Volume2 size={16} aria-hidden />}
              </button>
              <button type="button" className="timer-display-button" onClick={() => resize(-1)} disabled={sizeIndex === 0} aria-label={t('timer.display.smaller')} title={t('timer.display.smaller')}>
                <Minus size={16} aria-hidden />
              </button>
              <button type="button" className="timer-display-button" onClick={() => resize(1)} disabled={sizeIndex === SIZES.length - 1} aria-label={t('timer.display.larger')} title={t('timer.display.larger')}>
                <Plus size={16} aria-hidden />
              </button>
              <button type="button" className="timer-display-button" onClick={() => change({ ...look, collapsed: true })} aria-label={t('timer.display.collapse')} title={t('timer.display.collapse')}>
                <Minimize2 size={16} aria-hidden />
              </button>
            </div>
          </>
        )}
        {/* Heard once, not every second: the ten-second mark and the end. */}
        <p className="timer-announce" aria-live="polite">
          {announce}
        </p>
      </section>
    </div>
  )
}
