// The y-websocket wire messages the host sends and reads: a varuint message type, then a body.
// 0 sync (step 1, step 2, update: y-protocols/sync), 1 awareness, 2 auth, 3 query awareness.
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import type * as Y from 'yjs'

export const MESSAGE_SYNC = 0
export const MESSAGE_AWARENESS = 1
export const MESSAGE_AUTH = 2
export const MESSAGE_QUERY_AWARENESS = 3

export function syncStep1Message(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_SYNC)
  syncProtocol.writeSyncStep1(encoder, doc)
  return encoding.toUint8Array(encoder)
}

/** What the client lacks, given its state vector. Throws on a malformed state vector. */
export function syncStep2Message(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_SYNC)
  syncProtocol.writeSyncStep2(encoder, doc, stateVector)
  return encoding.toUint8Array(encoder)
}

export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_SYNC)
  syncProtocol.writeUpdate(encoder, update)
  return encoding.toUint8Array(encoder)
}

export function awarenessMessage(awareness: awarenessProtocol.Awareness, clients: readonly number[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS)
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, [...clients]))
  return encoding.toUint8Array(encoder)
}

/** A message from a client, decoded as far as the host needs to decide about it. */
export type ClientMessage =
  | { readonly kind: 'syncStep1'; readonly stateVector: Uint8Array }
  | { readonly kind: 'update'; readonly update: Uint8Array }
  | { readonly kind: 'awareness'; readonly update: Uint8Array; readonly clients: readonly number[] }
  | { readonly kind: 'queryAwareness' }
  | { readonly kind: 'auth' }

/** Decodes one client message; throws on anything malformed or unknown (the caller closes the connection). */
export function decodeClientMessage(data: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(data)
  const type = decoding.readVarUint(decoder)
  switch (type) {
    case MESSAGE_SYNC: {
      const step = decoding.readVarUint(decoder)
      const body = decoding.readVarUint8Array(decoder)
      if (step === syncProtocol.messageYjsSyncStep1) return { kind: 'syncStep1', stateVector: body }
      if (step === syncProtocol.messageYjsSyncStep2 || step === syncProtocol.messageYjsUpdate) return { kind: 'update', update: body }
      throw new Error(`unknown sync step ${step}`)
    }
    case MESSAGE_AWARENESS: {
      const update = decoding.readVarUint8Array(decoder)
      return { kind: 'awareness', update, clients: awarenessClientsOf(update) }
    }
    case MESSAGE_QUERY_AWARENESS:
      return { kind: 'queryAwareness' }
    case MESSAGE_AUTH:
      return { kind: 'auth' }
    default:
      throw new Error(`unknown message type ${type}`)
  }
}

/**
 * The client ids an awareness update speaks for (count, then per client: id, clock, JSON state).
 * Read before applying, so one connection cannot overwrite or remove another's presence.
 */
export function awarenessClientsOf(update: Uint8Array): number[] {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const clients: number[] = []
  for (let i = 0; i < count; i++) {
    clients.push(decoding.readVarUint(decoder))
    decoding.readVarUint(decoder)
    JSON.parse(decoding.readVarString(decoder))
  }
  return clients
}
