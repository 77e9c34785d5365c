import { useState, type RefObject } from 'react'
import type { InteractionStore } from '../interaction'
import type { PanZoom } from '../usePanZoom'
import { Minimap } from './Minimap'
import './navigation.css'
import { Scrollbars } from './Scrollbars'
import { useNavigationKeys } from './useNavigationKeys'
import { ZoomControls } from './ZoomControls'

export interface NavigationProps {
  readonly container: RefObject<HTMLDivElement | null>
  readonly interaction: InteractionStore
  readonly panZoom: PanZoom
  readonly width: number
  readonly height: number
}

/** Finding one's way on a big map: scrollbars, the minimap, zoom controls and navigation keys. */
export function Navigation({ container, interaction, panZoom, width, height }: NavigationProps) {
  const [minimap, setMinimap] = useState(true)
  useNavigationKeys(container, interaction, panZoom, width, height)
  return (
    <>
      <Scrollbars width={width} height={height} />
      <div className="board-nav-corner">
        {minimap && <Minimap width={width} height={height} />}
        <ZoomControls panZoom={panZoom} minimapShown={minimap} onToggleMinimap={() => setMinimap((v) => !v)} />
      </div>
    </>
  )
}
