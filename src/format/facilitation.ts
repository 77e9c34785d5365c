import { NO_CONTROL, NO_FACILITATION, validateFacilitation, type MapFacilitation } from '../domain/facilitation'
import type { RepairCounts } from './repairs'
import { sameValue } from './sameValue'

/**
 * Reads the envelope's `facilitation` section (already sanitized: no prototype keys, bounded) and
 * counts what it had to change. Never throws and never refuses the map: a section that is not an
 * object is dropped whole; one that is read through validateFacilitation, which keeps what it can
 * use, and whatever it changed or left out is counted, so the import report tells it.
 */
export function readFacilitationSection(section: unknown, counts: RepairCounts): MapFacilitation {
  if (!isRecord(section)) {
    counts.droppedFacilitation = (counts.droppedFacilitation ?? 0) + 1
    return NO_FACILITATION
  }
  const read = validateFacilitation(section)
  const agenda = Object.hasOwn(section, 'agenda') ? section.agenda : null
  const votes = Object.hasOwn(section, 'votes') ? section.votes : []
  let changed = 0
  if (agenda !== null) changed += isRecord(agenda) && Array.isArray(agenda.steps) ? changedEntries(agenda.steps, read.agenda?.steps ?? []) : 1
  changed += Array.isArray(votes) ? changedEntries(votes, read.votes) : 1
  // Anything else that differs (an agenda's extra field, say) still counts once: the report stays honest.
  const control = Object.hasOwn(section, 'control') ? section.control : undefined
  // A control section that said nothing is locked reads as none: that is no repair.
  const readControl = read.control ?? (control === undefined ? undefined : NO_CONTROL)
  if (control !== undefined && !sameValue(control, readControl)) changed += 1
  if (changed === 0 && !sameValue({ agenda, votes }, { agenda: read.agenda, votes: read.votes })) changed = 1
  if (changed > 0) counts.repairedFacilitation = (counts.repairedFacilitation ?? 0) + changed
  return read
}

/** Entries left out, plus entries kept but not as the input had them (matched by id). */
function changedEntries(input: readonly unknown[], output: readonly { readonly id: string }[]): number {
  const wanted = new Set(output.map((o) => o.id))
  const byId = new Map<string, unknown[]>()
  // One pass over the input, however long: only entries whose id was kept are remembered.
  for (const entry of input) {
    const id = isRecord(entry) ? entry.id : undefined
    if (typeof id !== 'string' || !wanted.has(id)) continue
    const same = byId.get(id)
    if (same) same.push(entry)
    else byId.set(id, [entry])
  }
  const altered = output.filter((o) => !(byId.get(o.id) ?? []).some((entry) => sameValue(entry, o))).length
  return Math.max(0, input.length - output.length) + altered
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
