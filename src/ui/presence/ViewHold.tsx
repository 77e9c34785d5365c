import { Lock, LockOpen } from 'lucide-react'
import { useEffect, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { Viewport } from '../../canvas/viewport'
import { writeHold } from '../../room/sessionHold'
import { appStore, useAppStore } from '../../store'
import { useHostedRoom, useHostedRoomState } from '../roomHost/HostedRoomContext'
import { facilitatorView, heldViewport, HOLD_WRITE_MS, realClock, throttleLatest } from './heldView'
import './hold.css'

interface Size {
  readonly width: number
  readonly height: number
}

/** The facilitator's board size as the board last measured it, for the first rectangle "Take control" sends. */
let facilitatorBoard: Size = { width: 0, height: 0 }

/** The room's shared document while this window hosts a room it is in, else null. */
function useHostedDoc() {
  const room = useHostedRoom()
  const state = useHostedRoomState(room)
  return state.info && room ? room.sharedDoc() : null
}

/**
 * The board bar's "Take control" (facilitator only, in a room): every participant's board shows
 * exactly what the facilitator's board shows, and follows each pan and zoom, until "Release".
 */
export function TakeControlButton() {
  const { t } = useTranslation()
  const shared = useHostedDoc()
  const holding = useAppStore((s) => s.roomHold !== null)
  if (!shared) return null
  const toggle = () => writeHold(shared, holding ? null : facilitatorView(appStore.getState().viewport, facilitatorBoard))
  const label = t(holding ? 'room.hold.release' : 'room.hold.take')
  return (
    <button
      type="button"
      className={`button button--small${holding ? ' button--pressed hold-toggle--on' : ''}`}
      aria-pressed={holding}
      onClick={toggle}
      title={t(holding ? 'room.hold.releaseHint' : 'room.hold.takeHint')}
      data-testid="take-control"
    >
      {holding ? <LockOpen size={14} aria-hidden /> : <Lock size={14} aria-hidden />} {label}
    </button>
  )
}

/** On the facilitator's board: while they hold the room's view, each pan and zoom goes to every screen. */
export function HostViewHold({ size }: { size: Size }) {
  const shared = useHostedDoc()
  const holding = useAppStore((s) => s.roomHold !== null)
  useEffect(() => {
    facilitatorBoard = size
  }, [size])
  useEffect(() => {
    if (!shared || !holding || size.width === 0) return
    const writer = throttleLatest((view: ReturnType<typeof facilitatorView>) => writeHold(shared, view), HOLD_WRITE_MS, realClock)
    writer.push(facilitatorView(appStore.getState().viewport, size))
    writer.flush()
    const unsubscribe = appStore.subscribe((s, prev) => {
      if (s.viewport !== prev.viewport) writer.push(facilitatorView(s.viewport, size))
    })
    return () => {
      unsubscribe()
      // A last pan still on its way is sent, unless the hold itself ended (Release cleared it already).
      if (appStore.getState().roomHold) writer.flush()
      else writer.cancel()
    }
  }, [shared, holding, size])
  return null
}

/**
 * On a participant's board while the facilitator holds the view: the board shows the facilitator's
 * rectangle and follows it; the person's own pans and zooms (wheel, drag, keys, minimap) are put
 * back at once, and a banner says why. The view is theirs again on release. A presentation the
 * facilitator runs covers the board (FollowPresentation): the slide wins, and the held view is
 * what is under it when the person leaves the slide or the presentation ends.
 */
export function HeldView({ size, container }: { size: Size; container: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation()
  const hold = useAppStore((s) => s.roomHold)
  const held = hold !== null

  useEffect(() => {
    if (!hold || size.width === 0 || size.height === 0) return
    const target = heldViewport(hold, size.width, size.height)
    appStore.getState().setViewport(target)
    // By value: setViewport stores a copy, so a check by identity would put it back forever.
    const moved = (vp: Viewport) => vp.x !== target.x || vp.y !== target.y || vp.zoom !== target.zoom
    return appStore.subscribe((s, prev) => {
      if (s.viewport !== prev.viewport && moved(s.viewport)) appStore.getState().setViewport(target)
    })
  }, [hold, size.width, size.height])

  // The wheel would otherwise reach the browser (ctrl+wheel zooms the page) once the board's pan is refused.
  useEffect(() => {
    const el = container.current
    if (!held || !el) return
    const stop = (event: WheelEvent) => {
      event.preventDefault()
      event.stopPropagation()
    }
    el.addEventListener('wheel', stop, { capture: true, passive: false })
    return () => el.removeEventListener('wheel', stop, { capture: true })
  }, [held, container])

  if (!held) return null
  return (
    <div className="hold-banner" role="status" data-testid="hold-banner">
      <Lock size={16} aria-hidden /> {t('room.hold.banner')}
    </div>
  )
}

/** A phone's page has no board view to hold: it says that the facilitator is showing something. */
export function HeldBanner() {
  const { t } = useTranslation()
  const held = useAppStore((s) => s.roomHold !== null)
  if (!held) return null
  return (
    <div className="hold-banner hold-banner--phone" role="status" data-testid="hold-banner">
      <Lock size={16} aria-hidden /> {t('room.hold.bannerPhone')}
    </div>
  )
}
