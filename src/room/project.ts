import * as Y from 'yjs'
import { isSafeId, LIMITS, RECORD_TABLES, tableLimit, type DocDiff, type JourneyDoc, type RecordTable } from '../domain'
import { CURRENT_FORMAT_VERSION } from '../format'
import { normalize } from '../format/normalize'
import { restoreDocument } from '../format/restore'
import { sanitize } from '../format/sanitize'
import type { ParsedDocument } from '../format/schema'
import { jsonEqual, plainRecord } from './json'
import { compareByOrder, isOrderKey } from './order'
import { checkActions } from './projectActions'
import { ORDER_FIELD, ORDERED_TABLES, readRoomInfo, roomTable } from './shape'
import { ROOM_DOC } from './types'

type Json = Record<string, unknown>
type Records = Readonly<Record<string, { readonly id: string }>>

/** What the grid and the people contribute to the checks on cards, links and emotions. */
const CONTEXT_TABLES = ['stages', 'steps', 'lanes', 'personas', 'jobs'] as const
/** Stand-ins for a map id that another client made unusable: the same on every client, so all still agree. */
const FALLBACK_MAP_ID = 'room-map'
const FALLBACK_WORKSHOP_ID = 'room-workshop'

interface Parsed {
  /** The record as the format's restore leaves it: every field valid on its own, references unchecked. */
  readonly record: Json
  /** The order key (stages, steps, lanes), or null when missing or unusable. */
  readonly key: string | null
}

/**
 * Projects a room's Y.Doc into a JourneyDoc, incrementally. Every record goes through the same
 * tolerant validation as an imported file (src/format: sanitize, restoreDocument, normalize), so
 * whatever another client wrote, the result is a document the app can show, save and load back.
 *
 * It is a function of the shared document alone (ties and table limits resolved by id, unusable
 * ids dropped rather than given random new ones), so every client projects the same document.
 * Incremental in two ways: only records whose Y.Maps changed are validated again (observeDeep
 * collects their ids), and normalize runs over the grid and people (small) plus only the cards,
 * links and emotions that changed or hang on a change; the whole map is checked again only when
 * the grid's ids or the people's ids change. Unchanged records keep their object identity, and so
 * do untouched tables (autosave and the board compare by reference).
 */
export class RoomProjector {
  private readonly parsed = new Map<RecordTable, Map<string, Parsed>>(RECORD_TABLES.map((t) => [t, new Map()]))
  private readonly dirty = new Map<RecordTable, Set<string>>(RECORD_TABLES.map((t) => [t, new Set()]))
  private mapDirty = true
  private personasShownDirty = true
  private everything = true
  private parsedMap: Json = {}
  private personaKeys: [string, string | null][] = []
  /** Links by the cards they join, and emotion points by step and persona: what a change to one pulls in. */
  private readonly linksOfCard = new Map<string, Set<string>>()
  private readonly emotionsOfKey = new Map<string, Set<string>>()
  private readonly staleEmotionKeys = new Set<string>()
  private last: JourneyDoc | null = null
  private contextSignature = ''
  private actionsFresh: Records | null = null
  private actionsShared: Records | null = null
  private readonly unobserve: (() => void)[] = []

  constructor(private readonly ydoc: Y.Doc) {
    for (const table of RECORD_TABLES) {
      const target = roomTable(ydoc, table)
      const mark = this.dirty.get(table)!
      const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
        for (const event of events) {
          if (event.target === target) for (const key of event.changes.keys.keys()) mark.add(key)
          else if (event.path.length > 0) mark.add(String(event.path[0]))
        }
      }
      target.observeDeep(observer)
      this.unobserve.push(() => target.unobserveDeep(observer))
    }
    const watch = (name: string, onChange: () => void) => {
      const target = ydoc.getMap(name)
      target.observeDeep(onChange)
      this.unobserve.push(() => target.unobserveDeep(onChange))
    }
    watch(ROOM_DOC.map, () => (this.mapDirty = true))
    watch(ROOM_DOC.mapPersonas, () => (this.personasShownDirty = true))
  }

  dispose(): void {
    for (const stop of this.unobserve) stop()
  }

  /** Whether anything changed in the shared document since the last projection. */
  get pending(): boolean {
    return this.everything || this.mapDirty || this.personasShownDirty || [...this.dirty.values()].some((s) => s.size > 0)
  }

  /** The last projection, or null before the host's seed has arrived. */
  get current(): JourneyDoc | null {
    return this.last
  }

  /**
   * The shared document as a JourneyDoc, or null while it holds no seeded map (or one in a newer
   * format than this app's: check readRoomInfo to tell the person to update). Records equal to
   * `base`'s (the store's document: after a local command, the command's own result) keep base's
   * objects, so projecting after one's own write gives `base` back unchanged. `baseDiff`, when
   * given, is how `base` differs from the last projection (a local command's diff): with it,
   * telling that the result is `base` costs the size of the change, not of the map.
   */
  project(base: JourneyDoc | null = null, baseDiff?: DocDiff): JourneyDoc | null {
    const room = readRoomInfo(this.ydoc)
    // A room seeded by a newer app may hold fields this one would misread: show nothing, write nothing.
    if (room.generation === null || (room.formatVersion ?? 0) > CURRENT_FORMAT_VERSION) return null
    if (!this.pending && this.last) return this.last
    const changed = this.parseDirty()
    const context = this.normalizeContext()
    const signature = contextSignature(context)
    const all = this.everything || signature !== this.contextSignature || this.overLimit()
    this.contextSignature = signature
    this.everything = false

    const touched = this.contentToCheck(changed, all)
    const content = normalize(this.dataFor(touched.cards.size > 0 || touched.links.size > 0 ? this.cardsFor(touched) : [], touched.links, touched.emotions)).doc
    // Checking everything again: ids gone since the last projection leave it too.
    const only = (ids: Set<string>) => (all ? null : ids)

    const last = this.last
    const differs = (table: RecordTable): Set<string> | null =>
      baseDiff ? new Set<string>([...(baseDiff.puts[table] ?? []).map((r) => r.id), ...(baseDiff.deletes[table] ?? [])]) : null
    const out = {} as Record<RecordTable, Records>
    for (const table of CONTEXT_TABLES) out[table] = share(context[table] as Records, base?.[table], last?.[table], null, null)
    out.cards = share(content.cards, base?.cards, last?.cards, only(touched.cards), differs('cards'))
    out.links = share(content.links, base?.links, last?.links, only(touched.links), differs('links'))
    out.emotions = share(content.emotions, base?.emotions, last?.emotions, only(touched.emotions), differs('emotions'))
    out.actions = this.projectActions(changed, all, out.cards, base?.actions, last)
    const map = pick(context.map, base?.map, last?.map)
    const next = { map, ...out } as unknown as JourneyDoc
    this.last = sameDoc(next, base) ? base : sameDoc(next, last) ? last : next
    return this.last
  }

  /** The plan (`actionsFresh`), checked again only when it, the grid or people, or the set of cards changed; else the table last returned (made from `actionsShared`) stays. */
  private projectActions(changed: Map<RecordTable, Set<string>>, all: boolean, cards: Records, base: Records | undefined, last: JourneyDoc | null): Records {
    const cameOrWent = [...changed.get('cards')!].some((id) => (own(cards, id) === undefined) !== (own(last?.cards, id) === undefined))
    if (all || changed.get('actions')!.size > 0 || cameOrWent || this.actionsFresh === null) {
      const allowed = this.allowed('actions')
      const parsed = this.parsed.get('actions')!
      const actions = [...parsed.keys()].filter((id) => allowed === null || allowed.has(id)).sort().map((id) => parsed.get(id)!.record)
      this.actionsFresh = checkActions(this.dataFor([], new Set(), new Set()), actions, cards)
    }
    if (last && !all && (base === undefined || base === last.actions) && this.actionsFresh === this.actionsShared) return last.actions as unknown as Records
    this.actionsShared = this.actionsFresh
    return share(this.actionsFresh, base, last?.actions as unknown as Records | undefined, null, null)
  }

  /** Validates again each record whose Y.Map changed, field by field; returns the changed ids by table. */
  private parseDirty(): Map<RecordTable, Set<string>> {
    const changed = new Map<RecordTable, Set<string>>()
    for (const table of RECORD_TABLES) {
      const source = roomTable(this.ydoc, table)
      const ids = this.everything ? new Set<string>([...source.keys(), ...this.parsed.get(table)!.keys()]) : this.dirty.get(table)!
      changed.set(table, new Set(ids))
      const raw: Json[] = []
      const keys = new Map<string, string | null>()
      for (const id of ids) {
        this.forget(table, id)
        const record = isSafeId(id) ? plainRecord(source.get(id)) : null
        if (!record) continue
        let key: string | null = null
        if ((ORDERED_TABLES as readonly string[]).includes(table)) {
          const order = record[ORDER_FIELD]
          key = isOrderKey(order) ? order : null
        }
        // The order key is the room's, not the format's: it must not count against a record's unknown fields.
        delete record[ORDER_FIELD]
        record.id = id
        const clean = sanitize(record)
        if (!clean.ok) continue
        raw.push(clean.value.value as Json)
        keys.set(id, key)
      }
      this.dirty.get(table)!.clear()
      // restoreDocument cuts a table at its limit: hand it at most that many at a time.
      for (let i = 0; i < raw.length; i += tableLimit(table)) {
        const restored = restoreDocument({ map: { id: FALLBACK_MAP_ID, workshopId: FALLBACK_WORKSHOP_ID }, [table]: raw.slice(i, i + tableLimit(table)) }, {}, {})
        for (const record of restored[table] as unknown as Json[]) this.remember(table, record, keys.get(record.id as string) ?? null)
      }
    }
    if (this.mapDirty || this.everything) {
      this.mapDirty = false
      const raw = sanitize(plainRecord(this.ydoc.getMap(ROOM_DOC.map)) ?? {})
      const record = raw.ok ? (raw.value.value as Json) : {}
      for (const list of ['stageIds', 'laneIds', 'personaIds']) record[list] = []
      if (!isSafeId(record.id)) record.id = FALLBACK_MAP_ID
      if (!isSafeId(record.workshopId)) record.workshopId = FALLBACK_WORKSHOP_ID
      this.parsedMap = restoreDocument({ map: record }, {}, {}).map as unknown as Json
    }
    if (this.personasShownDirty || this.everything) {
      this.personasShownDirty = false
      const shown = this.ydoc.getMap<unknown>(ROOM_DOC.mapPersonas)
      this.personaKeys = [...shown.entries()].filter(([id]) => isSafeId(id)).map(([id, key]) => [id, isOrderKey(key) ? key : null])
    }
    return changed
  }

  private remember(table: RecordTable, record: Json, key: string | null): void {
    const id = record.id as string
    this.parsed.get(table)!.set(id, { record, key })
    if (table === 'links') {
      for (const end of [record.from, record.to]) if (typeof end === 'string') addTo(this.linksOfCard, end, id)
    } else if (table === 'emotions') addTo(this.emotionsOfKey, emotionKey(record), id)
  }

  private forget(table: RecordTable, id: string): void {
    const old = this.parsed.get(table)!.get(id)
    if (!old) return
    this.parsed.get(table)!.delete(id)
    if (table === 'links') {
      for (const end of [old.record.from, old.record.to]) if (typeof end === 'string') this.linksOfCard.get(end)?.delete(id)
    } else if (table === 'emotions') {
      this.emotionsOfKey.get(emotionKey(old.record))?.delete(id)
      this.staleEmotionKeys.add(emotionKey(old.record))
    }
  }

  /** The map with its grid and people, their order derived from the keys, through normalize. */
  private normalizeContext(): JourneyDoc {
    return normalize(this.dataFor([], new Set(), new Set())).doc
  }

  /**
   * A document for normalize: the whole grid and people, plus the given cards, links and emotion
   * points. Records are handed over sorted by id and cut at each table's limit by id, so which
   * records a hostile flood pushes out does not depend on the order updates arrived in.
   */
  private dataFor(cards: Json[], links: Set<string>, emotions: Set<string>): ParsedDocument {
    const records = (table: RecordTable, only: Iterable<string> | null): Parsed[] => {
      const all = this.parsed.get(table)!
      const allowed = this.allowed(table)
      const ids = only === null ? [...all.keys()] : [...only].filter((id) => all.has(id))
      return ids.filter((id) => allowed === null || allowed.has(id)).sort().map((id) => all.get(id)!)
    }
    const ordered = (list: Parsed[]) => list.map((p) => ({ id: p.record.id as string, key: p.key })).sort(compareByOrder).map((e) => e.id)
    const stages = records('stages', null)
    const steps = records('steps', null)
    const stepsOf = new Map<string, Parsed[]>()
    for (const step of steps) addToList(stepsOf, String(step.record.stageId), step)
    const map = {
      ...this.parsedMap,
      stageIds: ordered(stages),
      laneIds: ordered(records('lanes', null)),
      personaIds: this.personaKeys.map(([id, key]) => ({ id, key })).sort(compareByOrder).map((e) => e.id),
    }
    return {
      map,
      stages: stages.map((p) => ({ ...p.record, stepIds: ordered(stepsOf.get(p.record.id as string) ?? []) })),
      steps: steps.map((p) => p.record),
      lanes: records('lanes', null).map((p) => p.record),
      personas: records('personas', null).map((p) => p.record),
      jobs: records('jobs', null).map((p) => p.record),
      cards,
      links: records('links', links).map((p) => p.record),
      emotions: records('emotions', emotions).map((p) => p.record),
      actions: [],
    } as unknown as ParsedDocument
  }

  /** The ids a table keeps when it holds more than its limit (only a hostile client gets there); null when it is within. */
  private allowed(table: RecordTable): Set<string> | null {
    const all = this.parsed.get(table)!
    if (all.size <= tableLimit(table)) return null
    return new Set([...all.keys()].sort().slice(0, tableLimit(table)))
  }

  private overLimit(): boolean {
    return RECORD_TABLES.some((t) => this.parsed.get(t)!.size > tableLimit(t))
  }

  /** The cards, links and emotion points to check again: those that changed and those whose checks involve them. */
  private contentToCheck(changed: Map<RecordTable, Set<string>>, all: boolean) {
    if (all) {
      this.staleEmotionKeys.clear()
      return {
        cards: new Set(this.parsed.get('cards')!.keys()),
        links: new Set(this.parsed.get('links')!.keys()),
        emotions: new Set(this.parsed.get('emotions')!.keys()),
      }
    }
    const cards = changed.get('cards')!
    const links = new Set(changed.get('links')!)
    // A link lives only while both its cards do; a card with many links caps them, counted in order
    // across all of its links: past that cap the links are checked all together, as a file is.
    for (const card of cards) for (const link of this.linksOfCard.get(card) ?? []) links.add(link)
    const crowded = [...this.linksOfCard.values()].some((set) => set.size >= LIMITS.linksPerCard)
    const emotions = new Set<string>()
    // Two points for one step and persona merge into the first by id: check them together.
    for (const id of changed.get('emotions')!) {
      emotions.add(id)
      const point = this.parsed.get('emotions')!.get(id)
      if (point) for (const other of this.emotionsOfKey.get(emotionKey(point.record)) ?? []) emotions.add(other)
    }
    // A point that left a step and persona may have been the one the others merged into.
    for (const key of this.staleEmotionKeys) for (const other of this.emotionsOfKey.get(key) ?? []) emotions.add(other)
    this.staleEmotionKeys.clear()
    return { cards, links: crowded ? new Set(this.parsed.get('links')!.keys()) : links, emotions }
  }

  /** The parsed cards for a check: the ones that changed and both ends of every link checked. */
  private cardsFor(touched: { cards: Set<string>; links: Set<string> }): Json[] {
    const ids = new Set(touched.cards)
    const links = this.parsed.get('links')!
    for (const id of touched.links) {
      const link = links.get(id)?.record
      if (!link) continue
      if (typeof link.from === 'string') ids.add(link.from)
      if (typeof link.to === 'string') ids.add(link.to)
    }
    const cards = this.parsed.get('cards')!
    const allowed = this.allowed('cards')
    return [...ids]
      .filter((id) => cards.has(id) && (allowed === null || allowed.has(id)))
      .sort()
      .map((id) => cards.get(id)!.record)
  }
}

function emotionKey(record: Json): string {
  return `${String(record.stepId)}\n${record.personaId === null || record.personaId === undefined ? '' : String(record.personaId)}`
}

/** What cards, links and emotion points depend on: the map's ids and which lanes, steps (in order), personas and jobs exist. */
function contextSignature(doc: JourneyDoc): string {
  const steps = doc.map.stageIds.flatMap((id) => doc.stages[id]?.stepIds ?? [])
  return [[doc.map.id, doc.map.workshopId], Object.keys(doc.lanes).sort(), steps, Object.keys(doc.personas).sort(), Object.keys(doc.jobs).sort()].map((l) => l.join(',')).join('|')
}

/**
 * The table to show: `fresh` holds the records just checked. With `touched` null it is the whole
 * table; otherwise only the ids in `touched` changed and every other record stays as it was.
 * Each record equal to base's or the last projection's keeps that object.
 */
function share(
  fresh: Records,
  base: Records | undefined,
  last: Records | undefined,
  touched: Set<string> | null,
  baseDiffers: Set<string> | null,
): Records {
  if (touched === null) {
    const out: Record<string, { readonly id: string }> = {}
    for (const id of Object.keys(fresh)) out[id] = pick(fresh[id]!, own(base, id), own(last, id))
    return base && sameRecords(out, base) ? base : last && sameRecords(out, last) ? last : out
  }
  const chosen = new Map<string, { readonly id: string } | undefined>()
  for (const id of touched) {
    const record = own(fresh, id)
    chosen.set(id, record && pick(record, own(base, id), own(last, id)))
  }
  const matches = (table: Records | undefined) => table !== undefined && [...chosen].every(([id, record]) => own(table, id) === record)
  // The usual case, a remote change: only the touched ids can differ from the last projection, so
  // they alone decide, without a pass over a table of thousands.
  if (base === last && matches(last)) return last!
  // After one's own command: base is the last projection plus the command's change. When the
  // command changed only ids checked here and they came out as base has them, the table is base's.
  if (base && baseDiffers && [...baseDiffers].every((id) => chosen.has(id)) && matches(base)) return base
  // One copy of the table, in the form applyCommand's putRecords uses (V8 copies it fastest).
  const puts = [...chosen].filter((entry): entry is [string, { readonly id: string }] => entry[1] !== undefined)
  const out: Record<string, { readonly id: string }> = { ...(last ?? {}), ...Object.fromEntries(puts) }
  for (const [id, record] of chosen) if (!record) delete out[id]
  if (base && matches(base) && sameRecords(out, base)) return base
  if (last && matches(last)) return last
  return out
}

function pick<T>(fresh: T, base: T | undefined, last: T | undefined): T {
  if (base !== undefined && (base === fresh || jsonEqual(base, fresh))) return base
  if (last !== undefined && (last === fresh || jsonEqual(last, fresh))) return last
  return fresh
}

function sameRecords(a: Records, b: Records): boolean {
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((k) => own(b, k) === a[k])
}

function sameDoc(a: JourneyDoc, b: JourneyDoc | null): boolean {
  return b !== null && a.map === b.map && RECORD_TABLES.every((t) => a[t] === b[t])
}

function own<T>(records: Readonly<Record<string, T>> | undefined, id: string): T | undefined {
  return records && Object.prototype.hasOwnProperty.call(records, id) ? records[id] : undefined
}

function addTo(index: Map<string, Set<string>>, key: string, id: string): void {
  const set = index.get(key)
  if (set) set.add(id)
  else index.set(key, new Set([id]))
}

function addToList<T>(index: Map<string, T[]>, key: string, item: T): void {
  const list = index.get(key)
  if (list) list.push(item)
  else index.set(key, [item])
}
