import type { VoteResults, VoteSettings } from '../domain/facilitation'
// The room's vocabulary, shared by the host (server/room, run in Node and in Electron's main
// process), the page's sync client (src/room) and the room's screens (src/ui/room). Plain types
// and constants only: every side imports this file, so it imports nothing.

/** What a connection may do: the facilitator's own window hosts, participants edit, a view-only link only reads. */
export type RoomAccess = 'host' | 'edit' | 'view'

/**
 * WebSocket close codes the host uses to turn a connection away. y-websocket treats 4400–4499 as
 * permanent and stops reconnecting, which is what each of these means; a refused upgrade would
 * only show as 1006 and retry forever.
 */
export const ROOM_CLOSE = {
  /** Wrong, old or missing code (a new code was made, or the link was mistyped). */
  refused: 4401,
  /** The facilitator removed this participant. */
  removed: 4403,
  /** The room was restarted from the map: the client's copy belongs to another generation and must be dropped. */
  otherGeneration: 4409,
  /** The facilitator closed the room. */
  closed: 4410,
  /** The participant broke the room's limits (message size, rate, document size). */
  tooMuch: 4413,
} as const
export type RoomCloseCode = (typeof ROOM_CLOSE)[keyof typeof ROOM_CLOSE]

/** The WebSocket path of a room: `ws://HOST:PORT${ROOM_WS_PATH}/ROOM_ID?code=CODE` (y-websocket appends `/ROOM_ID`). */
export const ROOM_WS_PATH = '/room'

/**
 * A join link carries the room and its code in the `#fragment`, never sent in a page request:
 * `http://HOST:PORT/#room=ROOM_ID&code=CODE`. The page moves them into the WebSocket's query.
 */
export interface RoomLink {
  readonly roomId: string
  readonly code: string
}

/** One network address participants might use to reach the host. */
export interface RoomAddress {
  /** The address as typed into a browser, e.g. "192.168.1.20". */
  readonly address: string
  /** The network interface it belongs to ("wlan0", "en0", "Wi-Fi"). */
  readonly interfaceName: string
  /** lan: a private network address phones on the same Wi-Fi can reach; linkLocal: 169.254.x.x, usually no network at all; loopback: this machine only. */
  readonly kind: 'lan' | 'linkLocal' | 'loopback' | 'other'
  /** The join link on this address (http://ADDRESS:PORT/#room=…&code=…). */
  readonly joinUrl: string
  /** The view-only link on this address. */
  readonly viewUrl: string
}

/** What the facilitator's screen shows about an open room. */
export interface RoomHostInfo {
  readonly roomId: string
  readonly port: number
  /** The edit code: 128 bits of randomness, base64url. */
  readonly code: string
  /** The view-only code: another 128 bits; a connection with it can read but never change anything. */
  readonly viewCode: string
  /** A short form of the code for reading aloud or typing (its first characters), shown next to the QR code. */
  readonly shortCode: string
  /** Best address first. Empty when the machine has no network a phone could use. */
  readonly addresses: readonly RoomAddress[]
  /** Where the facilitator's own window connects (loopback), with its host code in the query. */
  readonly hostWsUrl: string
}

/** Someone in the room, as the facilitator's list shows them. */
export interface RoomParticipant {
  /** Stable per browser (kept in its localStorage), so a reload is the same person. */
  readonly id: string
  readonly name: string
  /** "#rrggbb", also the colour of their cursor. */
  readonly color: string
  readonly access: RoomAccess
  readonly connected: boolean
}

/** What a client publishes about itself through Yjs awareness (throttled to ~10 per second). */
export interface RoomPresence {
  readonly participantId: string
  readonly name: string
  readonly color: string
  readonly access: RoomAccess
  /** The pointer on the board, in board pixels; null when off the board. */
  readonly cursor: { readonly x: number; readonly y: number } | null
  /** The board rectangle this person sees, for "follow". */
  readonly view: { readonly x: number; readonly y: number; readonly width: number; readonly height: number } | null
  /** The card (or other record id) this person is editing, shown as "X is editing". */
  readonly editing: string | null
}

/** The sync client's state, as the page shows it. */
export type RoomConnection =
  | { readonly status: 'connecting' }
  | { readonly status: 'connected' }
  /** Lost the host: edits stay on this device and merge on reconnect. */
  | { readonly status: 'offline' }
  | { readonly status: 'refused' }
  | { readonly status: 'removed' }
  | { readonly status: 'closed' }

/**
 * The shared document's top-level names (docs/room-protocol.md describes the shape in full):
 * - `map`: a Y.Map of the JourneyMap's own fields (no id lists);
 * - one Y.Map per record table (`stages`, `steps`, `lanes`, `cards`, `links`, `emotions`,
 *   `personas`, `jobs`, `actions`), id → Y.Map of that record's fields, each field a plain JSON value
 *   (field-level last writer wins). Order lives in an `order` field (a fractional-indexing key)
 *   on stages, lanes and steps (steps ordered within their `stageId`), never in arrays;
 * - `mapPersonas`: personaId → order key, the personas shown in the map's header;
 * - `owners`: cardId → the participant id who made the card (a participant edits and deletes their own);
 * - `room`: `generation` (a room restarted from the map is a new generation) and `formatVersion`.
 */
export const ROOM_DOC = {
  map: 'map',
  mapPersonas: 'mapPersonas',
  owners: 'owners',
  room: 'room',
  /** What the facilitator is running (the timer, the agenda step): written by the facilitator, shown by everyone. */
  session: 'session',
} as const

/** Keys of the session map that the facilitator's control (issue 12) reads and the host's guard knows. */
export const SESSION_KEYS = {
  timer: 'timer',
  /** The facilitator's locks and whether participants may run the timer (FacilitatorControl). */
  control: 'control',
} as const

/**
 * The host's clock, as JSON `{ "now": epochMs }`: participants' devices measure their offset to it
 * so a timer ends at the same second on every screen, whatever the phones' own clocks say.
 */
export const ROOM_CLOCK_PATH = '/room-clock'

/** A participant's dots in a room's vote (POST, JSON `{ room, code, pid, op, card? }`): see docs/room-host.md. */
export const ROOM_VOTE_PATH = '/room-vote'

/** A participant's private cards while private writing is on (POST, JSON `{ room, code, pid, op, card?, id? }`): see docs/room-host.md. */
export const ROOM_PRIVATE_PATH = '/room-private'

/**
 * What the facilitator's window asks the host to do, the same words over Electron's IPC and over
 * the web build's local control address (`ROOM_CONTROL_PATH`, loopback only).
 */
export type RoomHostRequest =
  /** Opens (or, after a crash, reopens with the same codes) the room of a map, seeded from the map as `.journey` text. */
  | { readonly op: 'open'; readonly mapId: string; readonly journey: string }
  /** The map's room when the host has it open (it resumed it after a crash), else null: the window rejoins it as soon as the map opens. */
  | { readonly op: 'find'; readonly mapId: string }
  | { readonly op: 'close'; readonly roomId: string }
  /** A dot vote: the ballots stay on the host until the reveal (see ROOM_VOTE_PATH for the participants' side). */
  | { readonly op: 'voteStart'; readonly roomId: string; readonly settings: unknown; readonly eligible: readonly string[] }
  | { readonly op: 'voteProgress'; readonly roomId: string }
  | { readonly op: 'voteReveal'; readonly roomId: string }
  | { readonly op: 'voteCancel'; readonly roomId: string }
  /** Private writing: new cards stay on the host until the reveal (see ROOM_PRIVATE_PATH for the participants' side). */
  | { readonly op: 'privateStart'; readonly roomId: string; readonly anonymous: boolean }
  | { readonly op: 'privateProgress'; readonly roomId: string }
  | { readonly op: 'privateReveal'; readonly roomId: string }
  | { readonly op: 'newCode'; readonly roomId: string }
  | { readonly op: 'remove'; readonly roomId: string; readonly participantId: string }

export type RoomHostError = 'badRequest' | 'badMap' | 'portInUse' | 'noRoom' | 'failed'

export type RoomHostResponse =
  | { readonly ok: true; readonly info: RoomHostInfo | null; readonly vote?: RoomVoteProgress | RoomVoteRevealed | null; readonly private?: RoomPrivateProgress | null }
  | { readonly ok: false; readonly error: RoomHostError; readonly message: string }

/** The web build's control address for RoomHostRequest (POST, JSON, a custom header so no other site can send it). */
export const ROOM_CONTROL_PATH = '/api/room'
export const ROOM_CONTROL_HEADER = 'x-journeyboard-room'

/**
 * The host's own awareness state (standard y-protocols, so any client may read it): what the host
 * itself reports to the room. Today whether its last write to disk failed (a full disk), so the
 * facilitator's window can say so while everyone's edits keep flowing.
 */
export const ROOM_HOST_FIELD = 'roomHost'
export interface RoomHostStatus {
  readonly saveFailed: boolean
}

/** How a room's vote is going, for the facilitator: never whose dots are where. */
export interface RoomVoteProgress {
  readonly startedAt: number
  /** People who placed at least one dot, and who pressed Done. */
  readonly voters: number
  readonly done: number
}

/** A room's vote at its reveal: the results the facilitator records and shows everyone. */
export interface RoomVoteRevealed {
  readonly settings: VoteSettings
  readonly startedAt: number
  readonly results: VoteResults
}

/** Private writing as the facilitator sees it: how many cards each person holds, never what they say. */
export interface RoomPrivateProgress {
  readonly anonymous: boolean
  readonly startedAt: number
  /** Participant id → cards held (people holding none are left out). */
  readonly counts: Readonly<Record<string, number>>
}
