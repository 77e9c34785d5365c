import { useEffect, useRef, useState } from 'react'
import { Board, initialViewport } from '../canvas'
import { Toolbar } from '../canvas/Toolbar'
import { gridLayout } from '../domain/layout'
import { appStore, useAppStore } from '../store'
import { BoardFrame } from './library/BoardFrame'
import { SidePanel } from './inspector/SidePanel'
import { PresenceOverlay } from './presence/PresenceOverlay'

function useElementSize<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  const [size, setSize] = useState({ width: 0, height: 0 })
  useEffect(() => {
    const element = ref.current
    if (!element) return
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return
      const { width, height } = entry.contentRect
      setSize((s) => (s.width === Math.floor(width) && s.height === Math.floor(height) ? s : { width: Math.floor(width), height: Math.floor(height) }))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return [ref, size] as const
}

/** The open map: the board with the inspector and the outline of the same map beside it. */
export function MapEditor() {
  const [boardRef, size] = useElementSize<HTMLDivElement>()
  const needsInitialViewport = useAppStore((s) => s.needsInitialViewport)

  useEffect(() => {
    const { doc, setViewport, patchWorkspace } = appStore.getState()
    if (!needsInitialViewport || !doc || size.width === 0) return
    setViewport(initialViewport(gridLayout(doc), size.width))
    patchWorkspace({ needsInitialViewport: false })
  }, [needsInitialViewport, size.width])

  return (
    <div className="map-editor">
      <BoardFrame>
        <div className="board-area" ref={boardRef}>
          {size.width > 0 && size.height > 0 ? <Board width={size.width} height={size.height} /> : null}
          <Toolbar />
          <PresenceOverlay size={size} container={boardRef} />
        </div>
      </BoardFrame>
      <SidePanel />
    </div>
  )
}
