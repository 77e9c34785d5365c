import { Map as MapIcon, Maximize, Minus, Plus } from 'lucide-react'
import { useStableTranslation } from '../../i18n/stableTranslation'
import { useAppStore } from '../../store'
import type { PanZoom } from './Navigation'
import { ZOOM_STEP } from '../viewport'

export interface ZoomControlsProps {
  readonly panZoom: PanZoom
  readonly minimapShown: boolean
  readonly onToggleMinimap: () => void
}

/** −, the zoom level (press for 100%), +, fit, and the minimap switch. Re-renders only when the zoom changes. */
export function ZoomControls({ panZoom, minimapShown, onToggleMinimap }: ZoomControlsProps) {
  const { t } = useStableTranslation()
  const zoom = useAppStore((s) => s.viewport.zoom)
  const percent = Math.round(zoom * 100)
  return (
    <div className="board-zoom" role="toolbar" aria-label={t('board.navigation.zoomControls')} onPointerDown={(e) => e.stopPropagation()} onDoubleClick={(e) => e.stopPropagation()}>
      <button type="button" className="board-zoom__button" aria-label={t('board.navigation.zoomOut')} title={t('board.navigation.zoomOut')} onClick={() => panZoom.zoomBy(1 / ZOOM_STEP)}>
        <Minus size={16} aria-hidden />
      </button>
      <button
        type="button"
        className="board-zoom__button board-zoom__percent"
        aria-label={t('board.navigation.zoomReset', { percent })}
        title={t('board.navigation.zoomResetHint')}
        onClick={panZoom.zoomReset}
      >
        {t('board.navigation.percent', { percent })}
      </button>
      <button type="button" className="board-zoom__button" aria-label={t('board.navigation.zoomIn')} title={t('board.navigation.zoomIn')} onClick={() => panZoom.zoomBy(ZOOM_STEP)}>
        <Plus size={16} aria-hidden />
      </button>
      <button type="button" className="board-zoom__button" aria-label={t('board.navigation.zoomToFit')} title={t('board.navigation.zoomToFit')} onClick={() => panZoom.zoomToFit()}>
        <Maximize size={16} aria-hidden />
      </button>
      <span className="board-zoom__divider" aria-hidden />
      <button
        type="button"
        className="board-zoom__button"
        aria-label={t('board.navigation.showMinimap')}
        aria-pressed={minimapShown}
        title={t(minimapShown ? 'board.navigation.hideMinimap' : 'board.navigation.showMinimap')}
        onClick={onToggleMinimap}
      >
        <MapIcon size={16} aria-hidden />
      </button>
    </div>
  )
}
