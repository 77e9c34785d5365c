import { crc32, deflateSync, inflateSync } from 'node:zlib'

/**
 * Width, height and straight RGBA pixels of a PNG (8-bit RGBA, as the exporter writes, or 8-bit
 * RGB, as a page screenshot is), decoded with Node's zlib.
 */
export function decodePng(bytes: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const width = view.getUint32(16)
  const height = view.getUint32(20)
  if (bytes[24] !== 8 || (bytes[25] !== 6 && bytes[25] !== 2)) throw new Error(`not 8-bit RGBA or RGB (depth ${bytes[24]}, colour type ${bytes[25]})`)
  const bpp = bytes[25] === 6 ? 4 : 3
  const idat: Uint8Array[] = []
  for (let at = 8; at < bytes.length; ) {
    const length = view.getUint32(at)
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8))
    if (type === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length))
    at += 12 + length
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * bpp
  const pixels = new Uint8Array(width * height * bpp)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    const out = pixels.subarray(y * stride, (y + 1) * stride)
    const up = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride)
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? out[i - bpp]! : 0
      const b = up[i]!
      const c = i >= bpp ? up[i - bpp]! : 0
      const x = line[i]!
      let v: number
      if (filter === 0) v = x
      else if (filter === 1) v = x + a
      else if (filter === 2) v = x + b
      else if (filter === 3) v = x + ((a + b) >> 1)
      else {
        const p = a + b - c
        const pa = Math.abs(p - a)
        const pb = Math.abs(p - b)
        const pc = Math.abs(p - c)
        v = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c)
      }
      out[i] = v & 0xff
    }
  }
  if (bpp === 4) return { width, height, rgba: pixels }
  const rgba = new Uint8Array(width * height * 4)
  for (let i = 0; i < width * height; i++) rgba.set([pixels[i * 3]!, pixels[i * 3 + 1]!, pixels[i * 3 + 2]!, 255], i * 4)
  return { width, height, rgba }
}

/** Pixels in a column range that are neither white nor transparent. */
export function inkIn(png: { width: number; height: number; rgba: Uint8Array }, x0 = 0, x1 = png.width): number {
  let count = 0
  for (let y = 0; y < png.height; y++) {
    for (let x = x0; x < x1; x++) {
      const o = (y * png.width + x) * 4
      if (png.rgba[o + 3]! > 0 && (png.rgba[o]! < 245 || png.rgba[o + 1]! < 245 || png.rgba[o + 2]! < 245)) count++
    }
  }
  return count
}

export function pixel(png: { width: number; rgba: Uint8Array }, x: number, y: number): [number, number, number, number] {
  const o = (y * png.width + x) * 4
  return [png.rgba[o]!, png.rgba[o + 1]!, png.rgba[o + 2]!, png.rgba[o + 3]!]
}

/** Page objects of a PDF (not the /Pages tree node). */
export function pdfPageCount(text: string): number {
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length
}

/** A solid-colour RGB PNG, written by hand so the test needs no image library. */
export function makePng(width: number, height: number, rgb: readonly [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body) >>> 0)
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())])
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))])
}
