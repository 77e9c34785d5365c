import type { Direction, JourneyDoc } from '../../../src/domain'

export function setMapDirectionForTest(doc: JourneyDoc, direction: Direction): JourneyDoc {
  return { ...doc, map: { ...doc.map, direction } }
}
