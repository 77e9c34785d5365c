import { Outline } from './Outline'

/** The open map: the board with the outline of the same map beside it. */
export function MapEditor() {
  return (
    <div className="map-editor">
      <Outline />
    </div>
  )
}
