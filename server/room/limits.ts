// What one connection may cost the room. Breaking any of these closes that connection with
// ROOM_CLOSE.tooMuch; nobody else notices.

export interface RoomLimits {
  /** Largest message a client may send. A whole card table rarely reaches 1 MiB. */
  readonly maxMessageBytes: number
  /** Sustained messages per second per connection (edits and presence together). */
  readonly messagesPerSecond: number
  /** Messages a connection may send at once after being quiet (a reconnect sends several). */
  readonly messageBurst: number
  /** The room document's size (compacted state plus updates since): past it, growth is refused. */
  readonly maxDocBytes: number
  /** Compact once the log holds this many bytes. */
  readonly compactLogBytes: number
  /** A client that answers no ping for this long is dropped (its socket is gone). */
  readonly pingIntervalMs: number
  /** A client that lets this much unsent data pile up is too slow to keep: dropped. */
  readonly maxBufferedBytes: number
}

export const DEFAULT_ROOM_LIMITS: RoomLimits = {
  maxMessageBytes: 2 * 1024 * 1024,
  messagesPerSecond: 60,
  messageBurst: 200,
  maxDocBytes: 64 * 1024 * 1024,
  compactLogBytes: 2 * 1024 * 1024,
  pingIntervalMs: 30_000,
  maxBufferedBytes: 32 * 1024 * 1024,
}
