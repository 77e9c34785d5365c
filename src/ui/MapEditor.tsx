import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { Board } from '../canvas'
import { Toolbar } from '../canvas/Toolbar'
import { rememberBoardSize } from '../canvas/boardSizeMemory'
import { warmLayerCanvases } from '../canvas/warmLayers'
import { useAppStore } from '../store'
import { BoardFrame } from './library/BoardFrame'
import { SidePanel } from './inspector/SidePanel'
import { PresenceOverlay } from './presence/PresenceOverlay'
import { HeldView, HostViewHold, TakeControlButton } from './presence/ViewHold'
import { PresenceContext, usePresenceSource } from './presence/PresenceContext'
import { useHostedRoom, useHostedRoomState } from './roomHost/HostedRoomContext'
import { RoomSide } from './roomHost/RoomSide'
import { FacilitateToggle } from './facilitation/FacilitateToggle'
import { FacilitationSide } from './facilitation/FacilitationSide'
import { PresentButton } from './facilitation/present/PresentButton'
import { RoomToggle } from './roomHost/RoomToggle'
import { TimerControl } from './facilitation/timer/TimerControl'
import { TimerDisplay } from './facilitation/timer/TimerDisplay'
import { StepBanner } from './facilitation/agenda/StepBanner'
import { PlanToggle } from './plan/PlanToggle'
import { PlanView } from './plan/PlanView'

/**
 * The element's size, and the `key` it was last measured for. It is measured at once (in a layout
 * effect, before the browser paints) whenever `key` changes, and by a ResizeObserver otherwise.
 */
function useElementSize<T extends HTMLElement>(key: string | null) {
  const ref = useRef<T>(null)
  const [size, setSize] = useState<{ width: number; height: number; key: string | null | undefined }>({ width: 0, height: 0, key: undefined })
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const { clientWidth: width, clientHeight: height } = element
    setSize((s) => (s.width === width && s.height === height && s.key === key ? s : { width, height, key }))
  }, [key])
  useEffect(() => {
    const element = ref.current
    if (!element) return
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return
      const width = Math.floor(entry.contentRect.width)
      const height = Math.floor(entry.contentRect.height)
      setSize((s) => (s.width === width && s.height === height ? s : { ...s, width, height }))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return [ref, size] as const
}

/**
 * The open map: the board with the inspector and the outline of the same map beside it, or the
 * room panel in their place. A participant's laptop gets the same board without what needs the
 * facilitator's database (library, templates, the room itself).
 */
export function MapEditor({ participant = false }: { participant?: boolean }) {
  // What arrives with the map (its personas and colour legend) can wrap the bar above the board to
  // a second row. The board is created once the map is here and the board's area measured with it:
  // created earlier, it was drawn at the taller size and then resized, and Konva redraws every layer
  // at once on a resize (~12 ms at 2,000 cards, on the way to the first cards).
  const mapId = useAppStore((s) => s.doc?.map.id ?? null)
  const [boardRef, size] = useElementSize<HTMLDivElement>(mapId)
  const sized = size.width > 0 && size.height > 0 && mapId !== null && size.key === mapId
  // While the map is read, the board's canvases are allocated (warmLayers.ts).
  const opening = useAppStore((s) => s.openingMapId !== null)
  useEffect(() => {
    if (opening) warmLayerCanvases(size)
  }, [opening, size])
  useEffect(() => {
    if (sized) rememberBoardSize(size.width, size.height)
  }, [sized, size.width, size.height])
  // Beside the board: the inspector and outline, the room, or running the workshop.
  const [side, setSide] = useState<'panel' | 'room' | 'facilitate'>('panel')
  const toggleSide = (which: 'room' | 'facilitate') => setSide((current) => (current === which ? 'panel' : which))
  // A participant's page provides its room's presence; the facilitator's comes from the room it hosts.
  const hosted = useHostedRoom()
  useHostedRoomState(hosted)
  const presence = usePresenceSource() ?? hosted?.presence() ?? null
  const viewOnly = useAppStore((s) => s.viewOnly)
  // The facilitator may let participants run the timer (issue 12, facilitator control).
  const participantsRunTimer = useAppStore((s) => s.roomControl?.participantsRunTimer === true && !s.viewOnly)
  const planOpen = useAppStore((s) => s.plan.open)

  function besideBoard() {
    // A participant's page has no room or facilitation controls; a view-only one has nothing to edit.
    if (participant) return viewOnly ? null : <SidePanel />
    if (side === 'room') return <RoomSide />
    if (side === 'facilitate') return <FacilitationSide />
    return <SidePanel />
  }

  return (
    <div className="map-editor">
      <BoardFrame
        participant={participant}
        tools={
          // The plan is on every page: in a room everyone edits it like the map (a view-only page only reads it).
          // The facilitator's Plan button sits in the top bar: one more button here wraps this bar at 1,280-1,440 px and shrinks the board.
          participant ? (
            <PlanToggle />
          ) : (
            <>
              <FacilitateToggle pressed={side === 'facilitate'} onToggle={() => toggleSide('facilitate')} />
              <TimerControl />
              <PresentButton />
              <TakeControlButton />
              <RoomToggle pressed={side === 'room'} onToggle={() => toggleSide('room')} />
            </>
          )
        }
      >
        <div className="board-area" ref={boardRef}>
          {sized ? <Board width={size.width} height={size.height} tools={viewOnly ? null : <Toolbar />} /> : null}
          <StepBanner canEnd={!participant} />
          <PresenceContext.Provider value={presence}>
            <PresenceOverlay size={size} container={boardRef} />
          </PresenceContext.Provider>
          {/* In a room the facilitator's timer shows on every laptop too (shared through the room's session). */}
          <TimerDisplay canControl={!participant || participantsRunTimer} />
          {/* "Take control": the facilitator's pans reach every participant's board, which holds still otherwise. */}
          {participant ? <HeldView size={size} container={boardRef} /> : <HostViewHold size={size} />}
          {/* Over the board rather than in its place: the board keeps its size, view and state underneath. */}
          {planOpen ? <PlanView /> : null}
        </div>
      </BoardFrame>
      {besideBoard()}
    </div>
  )
}
