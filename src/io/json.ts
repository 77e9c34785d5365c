import type { JourneyDoc } from '../domain'
import type { MapFacilitation } from '../domain/facilitation'
import { serializeDoc, stringifyEnvelope, type AppInfo } from '../format'

/**
 * The map as a .journey file: the envelope, pretty-printed with stable key order. Saving or
 * exporting the open map passes its facilitation (the store's `facilitation`) so the agenda and
 * votes travel with it; left out, the file carries the map alone.
 */
export function exportJson(doc: JourneyDoc, app: AppInfo, facilitation?: MapFacilitation): string {
  return stringifyEnvelope(serializeDoc(doc, app, facilitation))
}
