import { useEffect, useLayoutEffect, useRef } from 'react'
import { useStableTranslation } from '../../i18n/stableTranslation'
import { useStore } from 'zustand'
import type { TFunction } from 'i18next'
import type { JourneyDoc } from '../../domain'
import { emotionCurveOwners } from '../../domain/emotion'
import { appStore, useAppStore } from '../../store'
import { boardToScreen } from '../viewport'
import { useEmotionUi } from './emotionUi'
import { HANDLE_RADIUS, locateHandle, type EmotionTarget } from '../../drawing/emotionGeometry'
import { describeLevel } from './levels'
import { PersonaSwitcher } from './PersonaSwitcher'

/**
 * The DOM side of the emotion lanes: a tooltip naming the level under the pointer (or being
 * dragged, or focused), which doubles as a live region. (A focused point's keys are the board
 * editor's, through the emotion claim.)
 * It sits in the board's wrapper and is placed from the board's size (as the pinned headers are);
 * a pan moves it by hand, without a React render.
 */
export function EmotionHud({ width, height }: { width: number; height: number }) {
  const { t } = useStableTranslation()
  const box = useRef<HTMLDivElement>(null)
  const emotionUi = useEmotionUi()
  const hover = useStore(emotionUi, (s) => s.hover)
  const focus = useStore(emotionUi, (s) => (s.announce ? s.focus : null))
  const dragging = useStore(emotionUi, (s) => s.dragging)
  const doc = useAppStore((s) => s.doc)
  const mapId = doc?.map.id ?? null

  useEffect(() => {
    emotionUi.getState().reset()
    appStore.getState().setEmotionPersona(null)
  }, [mapId, emotionUi])

  useEffect(
    () =>
      appStore.subscribe((s, prev) => {
        if (s.selection !== prev.selection && s.selection.length > 0 && emotionUi.getState().focus) emotionUi.getState().set({ focus: null })
        // Focusing on a persona hides the other personas' curves: a focused point may be one of them.
        if (s.focusPersonaId !== prev.focusPersonaId) emotionUi.getState().set({ focus: null, hover: null })
        // A pan or zoom moves the handles away from under a still pointer.
        if (s.viewport !== prev.viewport && emotionUi.getState().hover && !emotionUi.getState().dragging) emotionUi.getState().set({ hover: null })
      }),
    [emotionUi],
  )

  const shown: EmotionTarget | null = dragging ?? hover ?? focus
  const anchor = shown && doc ? locateHandle(doc, shown) : null
  const text = doc && shown ? handleLabel(t, doc, shown) : ''

  const anchorX = anchor?.x ?? null
  const anchorY = anchor?.y ?? null
  useLayoutEffect(() => {
    const el = box.current
    if (!el || anchorX === null || anchorY === null) return
    const place = () => {
      const { viewport } = appStore.getState()
      const p = boardToScreen(viewport, { x: anchorX, y: anchorY })
      // Kept inside the board, whose box clips it: a handle near an edge still gets a whole label.
      const room = width
      const tall = height
      // A point panned out of view takes its label along rather than pinning it to the edge.
      el.style.opacity = p.x < 0 || p.x > room || p.y < 0 || p.y > tall ? '0' : '1'
      const half = el.offsetWidth / 2
      const x = Math.max(half + 4, Math.min(room - half - 4, p.x))
      const above = p.y - HANDLE_RADIUS * viewport.zoom - 10
      const y = above - el.offsetHeight < 4 ? p.y + HANDLE_RADIUS * viewport.zoom + 10 + el.offsetHeight : above
      el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px) translate(-50%, -100%)`
    }
    place()
    return appStore.subscribe((s, prev) => {
      if (s.viewport !== prev.viewport) place()
    })
  }, [anchorX, anchorY, text, width, height])

  return (
    <>
      <PersonaSwitcher width={width} height={height} />
      <div
        ref={box}
        role="status"
        aria-live="polite"
        data-testid="emotion-tooltip"
        style={{
          position: 'absolute',
          left: 0,
          top: 0,
          pointerEvents: 'none',
          visibility: anchor && text ? 'visible' : 'hidden',
          background: '#18181b',
          color: '#ffffff',
          font: '600 14px/1.4 Inter, Vazirmatn, sans-serif',
          padding: '4px 10px',
          borderRadius: 6,
          whiteSpace: 'nowrap',
          boxShadow: '0 2px 8px rgba(0,0,0,0.25)',
        }}
      >
        {anchor ? text : ''}
      </div>
    </>
  )
}

function handleLabel(t: TFunction, doc: JourneyDoc, target: EmotionTarget): string {
  const handle = locateHandle(doc, target)
  if (!handle) return ''
  const curve = t(target.curve === 'felt' ? 'board.emotion.felt' : 'board.emotion.intended')
  const level = describeLevel(t, handle.value)
  const line = t(handle.set ? 'board.emotion.handle' : 'board.emotion.handleUnset', { curve, level })
  const persona = target.personaId !== null && emotionCurveOwners(doc).length > 1 ? doc.personas[target.personaId]?.name : undefined
  return persona ? t('board.emotion.withPersona', { persona, text: line }) : line
}
