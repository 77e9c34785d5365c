import { useShallow } from 'zustand/react/shallow'
import type { LaneKind } from '../../../domain'
import { useAppStore } from '../../../store'

/** The kinds of lane the open map has, in the map's order, each once. */
export function useMapLaneKinds(): readonly LaneKind[] {
  return useAppStore(
    useShallow((s) => {
      const doc = s.doc
      if (!doc) return []
      const kinds: LaneKind[] = []
      for (const id of doc.map.laneIds) {
        const kind = doc.lanes[id]?.kind
        if (kind && !kinds.includes(kind)) kinds.push(kind)
      }
      return kinds
    }),
  )
}
