import { create } from 'qrcode'

/** Light modules around the code: the four the standard asks for, so a phone finds its edges on any background. */
const QUIET_ZONE = 4

/**
 * A QR code as an SVG data URL, built synchronously from the code's modules: the panel draws it in
 * the same render as the address beside it, with no async flash, and a data: image is what the
 * app's CSP allows (no inline scripts, no blobs). Error correction M survives a smudged projector
 * screen and glare while keeping the code coarse enough to scan from the back of a room.
 */
export function qrDataUrl(text: string): string {
  const { modules } = create(text, { errorCorrectionLevel: 'M' })
  const size = modules.size
  const side = size + QUIET_ZONE * 2
  let path = ''
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (modules.get(row, col)) path += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`
    }
  }
  // crispEdges: no anti-aliased seams between modules when a projector scales the picture up.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges"><rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}
