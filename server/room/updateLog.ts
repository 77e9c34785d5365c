// A room's document on disk: state.bin (a compacted Y.encodeStateAsUpdate) plus updates.log, the
// updates since, each one frame: u32 length, u32 CRC-32, the update's bytes (little-endian).
// An update is "acknowledged" once its frame is fsync'd: only then is it relayed to others.
import { open, readFile, stat, truncate } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { writeFileAtomic } from './files'

export const STATE_FILE = 'state.bin'
export const LOG_FILE = 'updates.log'
const HEADER = 8

export function encodeFrame(update: Uint8Array): Buffer {
  const frame = Buffer.allocUnsafe(HEADER + update.length)
  frame.writeUInt32LE(update.length, 0)
  frame.writeUInt32LE(crc32(update), 4)
  frame.set(update, HEADER)
  return frame
}

/**
 * The whole frames at the start of bytes. A crash mid-append leaves a short or corrupt last
 * frame: reading stops there, and goodLength says where the log should be cut.
 */
export function decodeFrames(bytes: Uint8Array): { updates: Uint8Array[]; goodLength: number } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const updates: Uint8Array[] = []
  let offset = 0
  while (offset + HEADER <= buf.length) {
    const length = buf.readUInt32LE(offset)
    const checksum = buf.readUInt32LE(offset + 4)
    const end = offset + HEADER + length
    if (end > buf.length) break
    const update = buf.subarray(offset + HEADER, end)
    if (crc32(update) !== checksum) break
    updates.push(new Uint8Array(update))
    offset = end
  }
  return { updates, goodLength: offset }
}

async function readIfExists(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

export interface SavedDocument {
  /** state.bin first (when there is one), then every whole log frame, in order. */
  readonly updates: Uint8Array[]
  readonly stateBytes: number
  readonly logBytes: number
  /** Bytes of a torn last frame that were cut off the log. */
  readonly tornBytes: number
}

/** Reads a room's saved document and cuts a torn tail off the log, so new frames never follow garbage. */
export async function loadSavedDocument(roomDir: string): Promise<SavedDocument> {
  const state = await readIfExists(join(roomDir, STATE_FILE))
  const logPath = join(roomDir, LOG_FILE)
  const log = await readIfExists(logPath)
  const { updates, goodLength } = log ? decodeFrames(log) : { updates: [], goodLength: 0 }
  const tornBytes = log ? log.length - goodLength : 0
  if (tornBytes > 0) await truncate(logPath, goodLength)
  return { updates: state ? [new Uint8Array(state), ...updates] : updates, stateBytes: state?.length ?? 0, logBytes: goodLength, tornBytes }
}

export interface UpdateLog {
  /** Queues a frame; resolves once it is on disk (true) or its write failed (false, reported through onError). */
  append(update: Uint8Array): Promise<boolean>
  /** Resolves once everything appended so far is on disk (or failed). */
  whenDurable(): Promise<void>
  /** Writes state.bin from encodeState() and empties the log; queued after the writes before it. */
  compact(): Promise<void>
  /** Bytes in the log since the last compaction. */
  readonly logBytes: number
  readonly stateBytes: number
  close(): Promise<void>
}

interface Batch {
  readonly frames: Buffer[]
  readonly done: Promise<boolean>
  resolve(durable: boolean): void
}

function newBatch(): Batch {
  let resolve!: (durable: boolean) => void
  const done = new Promise<boolean>((r) => (resolve = r))
  return { frames: [], done, resolve }
}

/**
 * Opens the log for appending. Every update appended in one tick shares one write and one fsync,
 * so thirty people typing cost one disk flush per tick, not thirty. Writes and compactions run
 * one after another on one chain, in the order they were asked for.
 */
export async function openUpdateLog(
  roomDir: string,
  options: { readonly encodeState: () => Uint8Array; readonly onError: (error: unknown) => void; readonly stateBytes: number; readonly logBytes: number },
): Promise<UpdateLog> {
  const handle: FileHandle = await open(join(roomDir, LOG_FILE), 'a')
  let chain: Promise<unknown> = Promise.resolve()
  let pending: Batch | null = null
  let lastBatch: Promise<boolean> = Promise.resolve(true)
  let logBytes = options.logBytes
  let stateBytes = options.stateBytes

  const writeBatch = async (batch: Batch) => {
    try {
      const bytes = Buffer.concat(batch.frames)
      await handle.write(bytes)
      await handle.datasync()
      logBytes += bytes.length
      batch.resolve(true)
    } catch (error) {
      options.onError(error)
      batch.resolve(false)
    }
  }

  const run = <T>(task: () => Promise<T>): Promise<T> => {
    const next = chain.then(task)
    chain = next.catch(() => undefined)
    return next
  }

  let flushing = false
  /**
   * Group commit: while one write and fsync are under way, everything appended meanwhile gathers
   * in the next batch, so a slow disk means bigger batches rather than a queue of fsyncs.
   */
  const flushAll = async () => {
    flushing = true
    try {
      while (pending !== null) {
        const batch: Batch = pending
        pending = null
        await writeBatch(batch)
      }
    } finally {
      flushing = false
    }
  }

  return {
    append(update) {
      if (pending === null) {
        const batch = newBatch()
        pending = batch
        lastBatch = batch.done
        // setImmediate, not a microtask: every message read from the sockets in this turn joins the batch.
        if (!flushing) setImmediate(() => void run(flushAll))
      }
      pending.frames.push(encodeFrame(update))
      return pending.done
    },
    whenDurable: () => lastBatch.then(() => undefined),
    compact() {
      return run(async () => {
        // Taken now, after every earlier write: the state holds all of them. Updates still queued
        // are in it too and get written to the emptied log again; applying one twice changes nothing.
        const state = options.encodeState()
        await writeFileAtomic(join(roomDir, STATE_FILE), state)
        await handle.truncate(0)
        await handle.datasync()
        stateBytes = state.length
        logBytes = 0
      })
    },
    get logBytes() {
      return logBytes
    },
    get stateBytes() {
      return stateBytes
    },
    async close() {
      await lastBatch
      await chain
      await handle.close()
    },
  }
}

/** The log's size on disk, for tests and the bench. */
export async function logSizeOnDisk(roomDir: string): Promise<number> {
  try {
    return (await stat(join(roomDir, LOG_FILE))).size
  } catch {
    return 0
  }
}
