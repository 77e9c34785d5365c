// Clients of one room for the tests: each its own app store, Y.Doc and binding, synced by handing
// updates over by hand, so a test decides when (and in which order) anything arrives.
import * as Y from 'yjs'
import type { JourneyDoc, WorkshopId } from '../../../src/domain'
import { BUILT_IN_TEMPLATES, instantiateTemplate } from '../../../src/domain/templates'
import { parseJourneyFile } from '../../../src/format'
import { bindRoom, type RoomBinding } from '../../../src/room/binding'
import { seedRoomDoc } from '../../../src/room/shape'
import type { RoomAccess } from '../../../src/room/types'
import { createAppStore, type AppStore } from '../../../src/store'
import v2Text from '../../fixtures/format/v2-sample.journey?raw'

export interface Client {
  readonly name: string
  readonly store: AppStore
  readonly ydoc: Y.Doc
  readonly binding: RoomBinding
  /** Updates made here that the other clients have not received yet. */
  readonly outbox: Uint8Array[]
  doc(): JourneyDoc
}

export function sampleDoc(): JourneyDoc {
  const loaded = parseJourneyFile(v2Text)
  if (!loaded.ok) throw new Error('the v2 sample did not load')
  return loaded.value.doc
}

export function templateDoc(index = 0): JourneyDoc {
  const template = BUILT_IN_TEMPLATES[index]!
  return instantiateTemplate(template, { workshopId: 'ws-room' as WorkshopId, title: 'Room map', t: (key) => `text for ${key}`, now: 1_700_000_000_000 })
}

/** The host's seed as one update, as a fresh client would receive it on joining. */
export function seedUpdate(doc: JourneyDoc, generation = 'gen-1'): Uint8Array {
  const host = new Y.Doc()
  seedRoomDoc(host, doc, generation)
  return Y.encodeStateAsUpdate(host)
}

export function makeClient(name: string, seed: Uint8Array, access: RoomAccess = 'edit'): Client {
  const store = createAppStore()
  const ydoc = new Y.Doc()
  const outbox: Uint8Array[] = []
  ydoc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') outbox.push(update)
  })
  Y.applyUpdate(ydoc, seed, 'remote')
  const binding = bindRoom(store, ydoc, { participantId: name, access, routeAppUndo: false })
  return {
    name,
    store,
    ydoc,
    binding,
    outbox,
    doc: () => {
      const doc = store.getState().doc
      if (!doc) throw new Error(`${name} has no document`)
      return doc
    },
  }
}

export function makeRoom(doc: JourneyDoc, names: readonly string[] = ['ann', 'ben']): Client[] {
  const seed = seedUpdate(doc)
  return names.map((name) => makeClient(name, seed))
}

/** Hands `from`'s pending updates to `to` (and keeps them for the others). */
export function deliver(from: Client, to: Client, updates: readonly Uint8Array[] = from.outbox): void {
  for (const update of updates) Y.applyUpdate(to.ydoc, update, 'remote')
}

/** Everyone receives everything everyone sent so far. */
export function syncAll(clients: readonly Client[]): void {
  for (const from of clients) {
    const updates = from.outbox.splice(0)
    for (const to of clients) if (to !== from) deliver(from, to, updates)
  }
}

export function stageTitles(doc: JourneyDoc): string[] {
  return doc.map.stageIds.map((id) => doc.stages[id]!.title)
}

/** Two copies of one room's document that pass every update to each other, as the host relays them. */
export function linkedDocs(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc()
  const b = new Y.Doc()
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(b, u, 'remote'))
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(a, u, 'remote'))
  return [a, b]
}
