import { useState } from 'react'
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
}

/** Finding one's way on a big map: scrollbars, the minimap and zoom controls (the keys are the editor's). */
export function Navigation({ panZoom, width, height }: NavigationProps) {
  const [minimap, setMinimap] = useState(true)
  return (
    <>
      <Scrollbars width={width} height={height} />
      <div className="board-nav-corner" data-board-chrome="">
        {minimap && <Minimap width={width} height={height} />}
        <ZoomControls panZoom={panZoom} minimapShown={minimap} onToggleMinimap={() => setMinimap((v) => !v)} />
      </div>
    </>
  )
}
