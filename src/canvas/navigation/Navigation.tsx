import { useState, type ReactNode } from 'react'
import type { BoardEditor } from '../../editor'
import { Minimap } from './Minimap'
import './navigation.css'
import { Scrollbars } from './Scrollbars'
import { ZoomControls } from './ZoomControls'

/** The zoom steps the controls share with the keys: the board editor's. */
export type PanZoom = Pick<BoardEditor, 'zoomBy' | 'zoomReset' | 'zoomToFit'>

export interface NavigationProps {
  readonly panZoom: PanZoom
  readonly width: number
  readonly height: number
  /** The board's tool bar, laid out along the bottom edge with the zoom controls so the two never meet. */
  readonly tools?: ReactNode
}

/**
 * Finding one's way on a big map: scrollbars, the minimap and zoom controls (the keys are the
 * editor's). The tool bar shares their bottom row: in the middle while there is room, moved
 * towards the start when the zoom corner needs it, under the zoom corner on a narrow board (the
 * touchpoint library and the inspector beside a 1,024 px window leave under 400 px).
 */
export function Navigation({ panZoom, width, height, tools = null }: NavigationProps) {
  const [minimap, setMinimap] = useState(true)
  return (
    <>
      <Scrollbars width={width} height={height} />
      {/* Presses on the controls are theirs: none of them may start a board gesture under them. */}
      <div className="board-controls" onPointerDown={(e) => e.stopPropagation()} onDoubleClick={(e) => e.stopPropagation()}>
        <span className="board-controls__balance" aria-hidden />
        {tools}
        <div className="board-controls__end">
          <div className="board-nav-corner" data-board-chrome="">
            {minimap && <Minimap width={width} height={height} />}
            <ZoomControls panZoom={panZoom} minimapShown={minimap} onToggleMinimap={() => setMinimap((v) => !v)} />
          </div>
        </div>
      </div>
    </>
  )
}
