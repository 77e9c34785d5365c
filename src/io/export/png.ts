/**
 * A streaming PNG encoder: rows go in a band at a time and leave compressed, so an image far past
 * the browser's canvas limit (40,000 px wide at 2x) is written without ever existing as one canvas
 * or one buffer. zlib comes from the platform's CompressionStream('deflate') (Chromium and Node 18+).
 */

const SIGNATURE = Uint8Array.of(137, 80, 78, 71, 13, 10, 26, 10)
const BYTES_PER_PIXEL = 4

let crcTable: Uint32Array | null = null

function table(): Uint32Array {
  if (crcTable) return crcTable
  crcTable = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    crcTable[n] = c >>> 0
  }
  return crcTable
}

/** CRC-32 (ISO 3309, as PNG uses it); pass the previous value to continue over several buffers. */
export function crc32(data: Uint8Array, previous = 0): number {
  const t = table()
  let c = ~previous >>> 0
  for (let i = 0; i < data.length; i++) c = (t[(c ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8)
  return ~c >>> 0
}

/** One PNG chunk: length, type, data, CRC of type and data. */
export function pngChunk(type: string, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(12 + data.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, data.length)
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i)
  out.set(data, 8)
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)))
  return out
}

function header(width: number, height: number): Uint8Array {
  const ihdr = new Uint8Array(13)
  const view = new DataView(ihdr.buffer)
  view.setUint32(0, width)
  view.setUint32(4, height)
  ihdr[8] = 8 // bits per channel
  ihdr[9] = 6 // RGBA: a transparent background needs alpha, and a white one costs little with filters
  ihdr[10] = 0
  ihdr[11] = 0
  ihdr[12] = 0
  return ihdr
}

/** PNG "Sub" filter of one row: flat areas (most of a map) become runs of zeros that deflate well. */
function filterRow(rgba: Uint8ClampedArray | Uint8Array, start: number, width: number, out: Uint8Array, at: number): void {
  out[at] = 1
  const n = width * BYTES_PER_PIXEL
  for (let i = 0; i < n; i++) {
    const left = i >= BYTES_PER_PIXEL ? (rgba[start + i - BYTES_PER_PIXEL] ?? 0) : 0
    out[at + 1 + i] = ((rgba[start + i] ?? 0) - left) & 0xff
  }
}

export interface PngWriter {
  /** Appends rows: `rgba` holds `rows` rows of the full image width, top to bottom, straight (not premultiplied) RGBA. */
  writeRows(rgba: Uint8ClampedArray | Uint8Array, rows: number): Promise<void>
  /** Ends the stream; fails if fewer or more rows than the height were written. */
  finish(): Promise<Blob>
  abort(): void
}

export function createPngWriter(width: number, height: number): PngWriter {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) throw new Error(`PNG size ${width}×${height} is not a positive whole size`)
  const stream = new CompressionStream('deflate')
  const writer = stream.writable.getWriter()
  const parts: BlobPart[] = [SIGNATURE, pngChunk('IHDR', header(width, height))]
  // Every compressed piece becomes its own IDAT chunk: PNG joins them, so nothing is held twice.
  const reading = (async () => {
    const reader = stream.readable.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      if (value.length > 0) parts.push(pngChunk('IDAT', value))
    }
  })()
  let written = 0
  return {
    async writeRows(rgba, rows) {
      if (written + rows > height) throw new Error('more PNG rows than the image is tall')
      if (rgba.length < rows * width * BYTES_PER_PIXEL) throw new Error('PNG rows shorter than the image is wide')
      const stride = 1 + width * BYTES_PER_PIXEL
      const out = new Uint8Array(rows * stride)
      for (let r = 0; r < rows; r++) filterRow(rgba, r * width * BYTES_PER_PIXEL, width, out, r * stride)
      written += rows
      await writer.write(out)
    },
    async finish() {
      if (written !== height) throw new Error(`PNG has ${written} of ${height} rows`)
      await writer.close()
      await reading
      parts.push(pngChunk('IEND', new Uint8Array(0)))
      return new Blob(parts, { type: 'image/png' })
    },
    abort() {
      void writer.abort().catch(() => undefined)
      void reading.catch(() => undefined)
    },
  }
}
