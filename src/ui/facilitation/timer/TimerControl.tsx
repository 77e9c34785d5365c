import { Pause, Play, RotateCcw, Timer, Volume2, VolumeX } from 'lucide-react'
import { useId, useRef, useState, type FormEvent } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { parseDuration } from '../../../domain/facilitation'
import { formatDuration } from '../../../i18n'
import { appStore, useAppStore } from '../../../store'
import { Dialog } from '../../Dialog'
import { setDeviceMute, useRememberedMute } from './mutePref'
import { RoomMuteToggle } from './RoomMuteToggle'
import { prepareSound } from './sound'
import { useTimerView } from './timerView'
import './timer.css'

/** Minutes offered with one click: a quick round, the usual steps, and a long one. */
export const TIMER_PRESETS = [1, 3, 5, 10, 15] as const
const MINUTE = 60_000

/**
 * The timer in the board bar: an icon while idle (the bar stays one line), the time left while it
 * runs or is paused. It opens the timer's dialog: presets, a typed time, pause and resume, +1 and
 * +5 min, reset and mute on this device. Starting closes the dialog so the room sees the board.
 */
export function TimerControl() {
  const { t } = useTranslation()
  const { timer, phase, clock } = useTimerView()
  const [open, setOpen] = useState(false)
  useRememberedMute()
  const trigger = useRef<HTMLButtonElement>(null)
  const showsTime = timer.status === 'running' || timer.status === 'paused'
  const label = phase === 'done' ? t('timer.buttonDone') : showsTime ? t('timer.buttonTime', { time: clock }) : t('timer.button')

  const close = () => {
    setOpen(false)
    // The dialog leaves the page as it closes: give the keyboard back to the button that opened it.
    requestAnimationFrame(() => trigger.current?.focus())
  }

  return (
    <>
      <button
        ref={trigger}
        type="button"
        className={`button button--small timer-button timer-button--${phase}${open ? ' button--pressed' : ''}`}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-label={label}
        title={label}
        onClick={() => setOpen(true)}
        data-testid="timer-button"
      >
        <Timer size={14} aria-hidden />
        {showsTime ? (
          <span className="timer-button-time" dir="ltr">
            {clock}
          </span>
        ) : null}
      </button>
      <Dialog
        open={open}
        title={t('timer.title')}
        onClose={close}
        actions={
          <button type="button" className="button" onClick={close}>
            {t('timer.close')}
          </button>
        }
      >
        <TimerPanel onStarted={close} />
      </Dialog>
    </>
  )
}

/** The dialog's body. */
function TimerPanel({ onStarted }: { onStarted: () => void }) {
  const { t, i18n } = useTranslation()
  const { timer, phase, rest, clock } = useTimerView()
  const { startTimer, pauseTimer, resumeTimer, resetTimer, addTimerTime } = appStore.getState()
  const muted = useAppStore((s) => s.timerMuted)
  const roomMuted = useAppStore((s) => s.roomMuted)
  const [typed, setTyped] = useState('')
  const [invalid, setInvalid] = useState(false)
  const fieldId = useId()
  const controls = useRef<HTMLDivElement>(null)
  const field = useRef<HTMLInputElement>(null)

  /**
   * Runs a control, then keeps the keyboard in the dialog: Pause turns into Resume and Reset
   * disables itself, and a focus left on a button that is gone or disabled would make Esc and Tab
   * do nothing. It goes to the control that took the button's place, else to the time field.
   */
  const act = (run: () => void) => {
    // At once, not a frame later: an Esc pressed right after Reset reached the page, not the dialog.
    flushSync(run)
    const focused = document.activeElement
    if (controls.current?.contains(focused) && !(focused as HTMLButtonElement).disabled) return
    const next = controls.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')
    ;(next ?? field.current)?.focus()
  }

  const start = (ms: number) => {
    if (!muted && !roomMuted) prepareSound()
    startTimer(ms)
    onStarted()
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const ms = parseDuration(typed)
    if (ms === null) {
      setInvalid(true)
      return
    }
    start(ms)
  }
  const status = phase === 'done' ? t('timer.timesUp') : t(`timer.status.${timer.status}`)
  const running = timer.status === 'running'
  // On a finished timer, +1 min runs it again for that minute ("one more minute").
  const active = running || timer.status === 'paused' || timer.status === 'done'

  return (
    <div className="timer-panel">
      <p className={`timer-panel-now timer-panel-now--${phase}`}>
        {/* A fresh timer has no time to show yet; after a reset it shows the time it will run again. */}
        {timer.status === 'idle' && rest === 0 ? null : (
          <span className="timer-panel-clock" dir="ltr">
            {clock}
          </span>
        )}
        <span className="timer-panel-status">{status}</span>
      </p>

      <div className="timer-panel-group" role="group" aria-label={t('timer.presets')}>
        {TIMER_PRESETS.map((minutes) => (
          <button key={minutes} type="button" className="button timer-preset" onClick={() => start(minutes * MINUTE)}>
            {formatDuration(minutes, i18n.language)}
          </button>
        ))}
      </div>

      <form className="timer-panel-typed" onSubmit={submit} noValidate>
        <label className="field timer-panel-field" htmlFor={fieldId}>
          {t('timer.typed')}
        </label>
        <div className="timer-panel-row">
          <input
            ref={field}
            id={fieldId}
            className="timer-panel-input"
            value={typed}
            inputMode="text"
            autoComplete="off"
            placeholder={t('timer.placeholder')}
            aria-invalid={invalid}
            aria-describedby={invalid ? `${fieldId}-error` : undefined}
            onChange={(e) => {
              setTyped(e.target.value)
              setInvalid(false)
            }}
          />
          <button type="submit" className="button button--primary">
            <Play size={14} aria-hidden /> {t('timer.start')}
          </button>
        </div>
        {invalid ? (
          <p id={`${fieldId}-error`} className="field-error timer-panel-error" role="alert">
            {t('timer.invalid')}
          </p>
        ) : null}
      </form>

      <div className="timer-panel-group" role="group" aria-label={t('timer.controls')} ref={controls}>
        {timer.status === 'paused' ? (
          <button type="button" className="button" onClick={() => act(resumeTimer)}>
            <Play size={14} aria-hidden /> {t('timer.resume')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => act(pauseTimer)} disabled={!running}>
            <Pause size={14} aria-hidden /> {t('timer.pause')}
          </button>
        )}
        <button type="button" className="button" onClick={() => addTimerTime(MINUTE)} disabled={!active}>
          {t('timer.add', { minutes: 1 })}
        </button>
        <button type="button" className="button" onClick={() => addTimerTime(5 * MINUTE)} disabled={!active}>
          {t('timer.add', { minutes: 5 })}
        </button>
        <button type="button" className="button" onClick={() => act(resetTimer)} disabled={timer.status === 'idle'}>
          <RotateCcw size={14} aria-hidden /> {t('timer.reset')}
        </button>
      </div>

      <div className="timer-panel-group">
        <button type="button" className={`button timer-mute${muted ? ' button--pressed' : ''}`} aria-pressed={muted} onClick={() => setDeviceMute(!muted)}>
          {muted ? <VolumeX size={14} aria-hidden /> : <Volume2 size={14} aria-hidden />} {t('timer.mute')}
        </button>
        <RoomMuteToggle />
      </div>
    </div>
  )
}
