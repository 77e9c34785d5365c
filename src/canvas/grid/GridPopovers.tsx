import { Check } from 'lucide-react'
import { useEffect, useRef, type KeyboardEvent } from 'react'
import { useStableTranslation } from '../../i18n/stableTranslation'
import { LANE_KINDS, STAGE_COLORS, type Command, type LaneKind, type StageId } from '../../domain'
import { appStore, startGesture } from '../../store'

/** Names for STAGE_COLORS, in the same order, so each swatch can be read out. */
const COLOR_NAMES = ['blue', 'green', 'yellow', 'pink', 'violet', 'orange', 'cyan', 'slate'] as const

/**
 * Stage colours: the palette's swatches (soft enough for dark text when projected) and a custom
 * colour. Dragging around the system colour picker previews live and becomes one undo step.
 */
export function ColorPopover({ stageId, current, onClose }: { stageId: StageId; current: string; onClose: () => void }) {
  const { t } = useStableTranslation()
  const custom = useRef<HTMLInputElement>(null)
  const gesture = useRef<{ session: ReturnType<typeof startGesture>; last: Command } | null>(null)

  useEffect(() => {
    const input = custom.current
    if (!input) return
    // React's onChange is the DOM's "input" (every move in the picker); "change" is the final choice.
    const onCommit = () => {
      const open = gesture.current
      gesture.current = null
      if (open) open.session.end(open.last)
      else appStore.getState().dispatch({ type: 'recolorStage', stageId, color: input.value })
    }
    input.addEventListener('change', onCommit)
    return () => {
      input.removeEventListener('change', onCommit)
      // Closed while the picker was still open: keep what was last shown rather than drop it.
      const open = gesture.current
      gesture.current = null
      if (open) open.session.end(open.last)
    }
  }, [stageId])

  const preview = (color: string) => {
    const cmd: Command = { type: 'recolorStage', stageId, color }
    gesture.current ??= { session: startGesture(appStore), last: cmd }
    gesture.current.last = cmd
    gesture.current.session.preview(cmd)
  }

  const choose = (color: string) => {
    appStore.getState().dispatch({ type: 'recolorStage', stageId, color })
    onClose()
  }

  return (
    <div className="grid-popover" role="group" aria-label={t('board.grid.colorsLabel')}>
      <div className="grid-swatches">
        {STAGE_COLORS.map((color, i) => {
          const name = COLOR_NAMES[i]
          const selected = color.toLowerCase() === current.toLowerCase()
          return (
            <button
              key={color}
              type="button"
              className="grid-swatch"
              style={{ background: color }}
              aria-pressed={selected}
              aria-label={name ? t(`board.grid.colors.${name}`) : color}
              title={name ? t(`board.grid.colors.${name}`) : color}
              onClick={() => choose(color)}
            >
              {selected && <Check size={16} aria-hidden />}
            </button>
          )
        })}
      </div>
      <label className="grid-custom-color">
        <input ref={custom} type="color" value={normalizeHex(current)} onChange={(e) => preview(e.target.value)} />
        {t('board.grid.customColor')}
      </label>
    </div>
  )
}

/** What kind of lane to add: the lane kinds with their names in the person's language. */
export function LaneKindMenu({ onChoose }: { onChoose: (kind: LaneKind) => void }) {
  const { t } = useStableTranslation()
  const list = useRef<HTMLDivElement>(null)
  useEffect(() => {
    list.current?.querySelector('button')?.focus()
  }, [])
  const move = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return
    e.preventDefault()
    const items = Array.from(list.current?.querySelectorAll('button') ?? [])
    const i = items.indexOf(document.activeElement as HTMLButtonElement)
    const next = items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]
    next?.focus()
  }
  return (
    <div ref={list} className="grid-popover grid-menu" role="menu" aria-label={t('board.grid.laneKindMenu')} onKeyDown={move}>
      {LANE_KINDS.map((kind) => (
        <button key={kind} type="button" role="menuitem" className="grid-menu__item" onClick={() => onChoose(kind)}>
          {t(`laneKinds.${kind}`)}
        </button>
      ))}
    </div>
  )
}

/** The colour input only takes "#rrggbb"; anything else shows as black, which would mislead. */
function normalizeHex(color: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? color.toLowerCase() : '#ffffff'
}
