import { ChevronLeft, ChevronRight, Crosshair, X } from 'lucide-react'
import { useCallback, useEffect, useMemo, useRef, useState, type PointerEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { JourneyDoc } from '../../../domain/types'
import { OverviewSlideView } from './OverviewSlide'
import { slideForKey, slidesOf, type Slide } from './slides'
import { StageSlideView } from './StageSlide'
import { TitleSlideView } from './TitleSlide'
import './present.css'

function SlideView({ slide, stageCount }: { slide: Slide; stageCount: number }) {
  if (slide.kind === 'title') return <TitleSlideView slide={slide} />
  if (slide.kind === 'overview') return <OverviewSlideView slide={slide} />
  return <StageSlideView slide={slide} stageCount={stageCount} />
}

/** Asks for full screen on the element; a refusal (no gesture, a kiosk, a test page) leaves it filling the window. */
function enterFullscreen(element: HTMLElement | null): void {
  if (!element || typeof element.requestFullscreen !== 'function') return
  try {
    void element.requestFullscreen().catch(() => undefined)
  } catch {
    // Refused synchronously: the presentation still covers the window.
  }
}

function leaveFullscreen(element: HTMLElement | null): void {
  if (element && document.fullscreenElement === element) void document.exitFullscreen().catch(() => undefined)
}

interface PresentationProps {
  readonly doc: JourneyDoc
  /** The slide shown, and where the presenter moves it (the store's, so a room can follow). */
  readonly slide: number
  readonly onSlide?: (slide: number) => void
  readonly onExit: () => void
}

/**
 * The facilitator's presentation of the open map: title, overview, then stage by stage, full
 * screen. Keys: next with Right/Down/PageDown/Space, back with Left/Up/PageUp (left and right
 * mirrored in a right-to-left language), Home/End, L for the laser pointer, Esc to leave.
 * Without `onSlide` it follows someone else's presentation (a participant in a room): the slide
 * changes with the presenter's, and the person can only leave it.
 */
export function Presentation({ doc, slide: index, onSlide, onExit }: PresentationProps) {
  const { t, i18n } = useTranslation()
  const dir = i18n.dir(i18n.language)
  const slides = useMemo(() => slidesOf(doc), [doc])
  const stageCount = doc.map.stageIds.length
  const following = onSlide === undefined
  const setIndex = (next: number) => onSlide?.(next)
  const [laser, setLaser] = useState(false)
  const [pointer, setPointer] = useState<{ x: number; y: number } | null>(null)
  const rootRef = useRef<HTMLDivElement>(null)
  const current = Math.max(0, Math.min(index, slides.length - 1))

  // The latest onExit, so a parent's new function never re-runs the full-screen effect below.
  const onExitRef = useRef(onExit)
  useEffect(() => {
    onExitRef.current = onExit
  })

  const exit = useCallback(() => {
    leaveFullscreen(rootRef.current)
    onExitRef.current()
  }, [])

  useEffect(() => {
    const root = rootRef.current
    root?.focus()
    enterFullscreen(root)
    // The browser takes Esc to leave full screen itself: leaving full screen leaves the presentation.
    const onFullscreen = () => {
      if (document.fullscreenElement === null && root?.dataset.fullscreen === 'yes') onExitRef.current()
      if (root) root.dataset.fullscreen = document.fullscreenElement === root ? 'yes' : 'no'
    }
    document.addEventListener('fullscreenchange', onFullscreen)
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreen)
      leaveFullscreen(root)
    }
  }, [])

  useEffect(() => {
    // Capture, so the board underneath never sees the presentation's keys.
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return
      let handled = true
      if (e.key === 'Escape') exit()
      else if (e.key.toLowerCase() === 'l') setLaser((on) => !on)
      else {
        const next = following ? null : slideForKey(e.key, current, slides.length, dir === 'rtl')
        if (next === null) handled = false
        else onSlide?.(next)
      }
      if (handled) {
        e.preventDefault()
        e.stopPropagation()
      }
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [current, slides.length, dir, exit, following, onSlide])

  const onPointerMove = (e: PointerEvent) => setPointer({ x: e.clientX, y: e.clientY })
  const slide = slides[current]!
  const Back = dir === 'rtl' ? ChevronRight : ChevronLeft
  const Forward = dir === 'rtl' ? ChevronLeft : ChevronRight

  return (
    <div
      ref={rootRef}
      className={`present${laser ? ' present--laser' : ''}`}
      dir={dir}
      lang={i18n.language}
      role="dialog"
      aria-modal="true"
      aria-label={t('present.title')}
      aria-roledescription={t('present.title')}
      tabIndex={-1}
      data-testid="presentation"
      data-slide={slide.kind}
      onPointerMove={onPointerMove}
    >
      <SlideView slide={slide} stageCount={stageCount} />
      <div className="present-bar">
        <button type="button" onClick={exit} aria-label={t('present.exit')} title={t('present.exit')}>
          <X size="1.2em" aria-hidden />
        </button>
        <button type="button" onClick={() => setLaser((on) => !on)} aria-pressed={laser} aria-label={t('present.laser')} title={t('present.laser')} data-testid="present-laser-toggle">
          <Crosshair size="1.2em" aria-hidden />
        </button>
        <span className="present-bar__counter" role="status" data-testid="present-counter">
          {t('present.counter', { n: current + 1, total: slides.length })}
        </span>
        {following ? null : (
          <>
            <button type="button" onClick={() => setIndex(Math.max(0, current - 1))} disabled={current === 0} aria-label={t('present.previous')} title={t('present.previous')}>
              <Back size="1.2em" aria-hidden />
            </button>
            <button
              type="button"
              onClick={() => setIndex(Math.min(slides.length - 1, current + 1))}
              disabled={current === slides.length - 1}
              aria-label={t('present.next')}
              title={t('present.next')}
            >
              <Forward size="1.2em" aria-hidden />
            </button>
          </>
        )}
      </div>
      {laser && pointer ? <div className="present-laser" data-testid="present-laser" style={{ transform: `translate(${pointer.x}px, ${pointer.y}px)` }} aria-hidden /> : null}
    </div>
  )
}
