import type { JourneyDoc } from '../domain'
import { serializeDoc, stringifyEnvelope, type AppInfo } from '../format'

/** The map as a .journey file: the envelope, pretty-printed with stable key order. */
export function exportJson(doc: JourneyDoc, app: AppInfo): string {
  return stringifyEnvelope(serializeDoc(doc, app))
}
