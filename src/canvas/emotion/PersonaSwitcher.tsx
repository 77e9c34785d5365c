import { useLayoutEffect, useRef } from 'react'
import { useStableTranslation } from '../../i18n/stableTranslation'
import { useShallow } from 'zustand/react/shallow'
import type { JourneyDoc } from '../../domain'
import { gridLayout } from '../../domain/layout'
import { appStore, useAppStore } from '../../store'
import { titleColumnView } from '../grid/pinnedView'
import { DETAIL_ZOOM } from '../viewport'
import { writeStyle } from '../writeStyle'
import { useEmotionUi } from './emotionUi'
import { editableOwner, isEmotionRow, laneFrame, shownCurveOwners } from '../../drawing/emotionGeometry'

function pickSource(s: { doc: JourneyDoc | null }) {
  const d = s.doc
  return d ? { map: d.map, stages: d.stages, steps: d.steps, lanes: d.lanes, personas: d.personas } : null
}

/**
 * Which persona's curves take edits, as a row of buttons in each emotion lane's title column. They
 * are DOM buttons (reachable by Tab and screen readers) in a layer that carries the title column's
 * transform on the board (pinnedView.titleColumnView: the board's own, or the pinned copy's), so a
 * pan moves them by hand without a React render. The board's size says where the column is pinned.
 */
export function PersonaSwitcher({ width, height }: { width: number; height: number }) {
  const { t } = useStableTranslation()
  const layer = useRef<HTMLDivElement>(null)
  const scaled = useRef<HTMLDivElement>(null)
  const clip = useRef<HTMLDivElement>(null)
  const source = useAppStore(useShallow(pickSource))
  const fullGrid = useAppStore((s) => (s.doc ? gridLayout(s.doc) : null))
  const chosen = useAppStore((s) => s.emotionPersonaId)
  const emotionUi = useEmotionUi()
  // A focused persona is the only one whose curves show, so there is nothing to switch between.
  const focusPersona = useAppStore((s) => s.focusPersonaId)

  const owners = source ? shownCurveOwners(source, focusPersona) : []
  const grid = source && owners.length > 1 ? fullGrid : null
  const rows = grid && source ? grid.rows.filter((r) => isEmotionRow(source, r)) : []
  const active = editableOwner(owners, chosen)
  const chips = rows.length > 0

  useLayoutEffect(() => {
    const el = layer.current
    const inner = scaled.current
    const frame = clip.current
    // Without chips nothing follows the view: a style written at every frame of a pan costs the
    // page a style and paint pass each time.
    if (!el || !inner || !frame || !fullGrid || !chips) return
    // A pan frame writes only the styles that changed (writeStyle). The layer moves by its own
    // transform, a compositor layer (will-change), so a pan repaints nothing; its scale sits on the
    // inner box, which the layer draws at the zoom's size, so the chips stay crisp after a zoom.
    const place = () => {
      const vp = appStore.getState().viewport
      // The chips stand in the title column wherever the board shows it: pinned to the edge, they go with it.
      const view = titleColumnView(fullGrid, vp, width, height)
      // Whole pixels, as the board's pan tiles are placed: a layer at a fraction of a pixel blurs its text.
      writeStyle(el, 'transform', `translate(${Math.round(view.x)}px, ${Math.round(view.y)}px)`)
      writeStyle(inner, 'transform', `scale(${view.scale})`)
      writeStyle(frame, 'clipPath', view.clipTop > 0 ? `inset(${view.clipTop}px 0 0 0)` : '')
      // Below this zoom the lane's words are unreadable; the chips would only be clutter.
      writeStyle(el, 'visibility', vp.zoom < DETAIL_ZOOM ? 'hidden' : 'visible')
      // A chip cut away (under the pinned band, past the board's edge) is hidden outright: Tab
      // would reach it otherwise, and focusing it scrolls the clipping frame out of place.
      for (const chip of inner.querySelectorAll<HTMLElement>('[data-chip-y]')) {
        const top = view.y + Number(chip.dataset.chipY) * view.scale
        const left = view.x + Number(chip.dataset.chipX) * view.scale
        const size = Number(chip.dataset.chipSize) * view.scale
        const shown = top + size > view.clipTop && top < height && left + size > 0 && left < width
        writeStyle(chip, 'visibility', shown ? '' : 'hidden')
      }
    }
    place()
    return appStore.subscribe((s, prev) => {
      if (s.viewport !== prev.viewport) place()
    })
  }, [fullGrid, width, height, source, chosen, focusPersona, chips])

  return (
    // The frame is the board's box: it cuts the chips that scroll under the header band pinned to its top.
    <div ref={clip} style={{ position: 'absolute', left: 0, top: 0, width, height, overflow: 'hidden', pointerEvents: 'none' }}>
    <div ref={layer} style={{ position: 'absolute', left: 0, top: 0, width: 0, height: 0, willChange: 'transform', pointerEvents: 'none' }}>
    <div ref={scaled} style={{ position: 'absolute', left: 0, top: 0, width: 0, height: 0, transformOrigin: '0 0' }}>
      {grid &&
        source &&
        rows.map((row) => (
          <div key={row.laneId} role="radiogroup" aria-label={t('board.emotion.personaSwitcher')}>
            {laneFrame(grid, row, owners).chips.map((chip) => {
              const persona = source.personas[chip.personaId]
              const name = persona?.name || t('board.emotion.unnamedPersona')
              const checked = chip.personaId === active
              return (
                <button
                  key={chip.personaId}
                  type="button"
                  role="radio"
                  aria-checked={checked}
                  aria-label={t('board.emotion.choosePersona', { name })}
                  title={t('board.emotion.choosePersona', { name })}
                  data-chip-x={chip.x - chip.radius}
                  data-chip-y={chip.y - chip.radius}
                  data-chip-size={chip.radius * 2}
                  onPointerDown={(e) => e.stopPropagation()}
                  onDoubleClick={(e) => e.stopPropagation()}
                  onClick={() => {
                    appStore.getState().setEmotionPersona(chip.personaId)
                    emotionUi.getState().set({ focus: null, hover: null })
                  }}
                  style={{
                    position: 'absolute',
                    left: chip.x - chip.radius,
                    top: chip.y - chip.radius,
                    width: chip.radius * 2,
                    height: chip.radius * 2,
                    padding: 0,
                    borderRadius: '50%',
                    border: 'none',
                    background: persona?.color ?? '#6d28d9',
                    color: '#ffffff',
                    font: '600 10px/1 Inter, Vazirmatn, sans-serif',
                    cursor: 'pointer',
                    pointerEvents: 'auto',
                    opacity: checked ? 1 : 0.5,
                    boxShadow: checked ? '0 0 0 2px #ffffff, 0 0 0 4px #27272a' : 'none',
                  }}
                >
                  {initials(name)}
                </button>
              )
            })}
          </div>
        ))}
    </div>
    </div>
    </div>
  )
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean)
  return parts.length === 0 ? '?' : parts.slice(0, 2).map((p) => [...p][0]?.toLocaleUpperCase() ?? '').join('')
}
