/** Photos are kept inside the workshop's data, so they are shrunk to what an avatar and a printout need. */
export const MAX_PHOTO_SIZE = 512

const ACCEPTED = ['image/png', 'image/jpeg', 'image/gif', 'image/webp']
export const PHOTO_ACCEPT = ACCEPTED.join(',')

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('unreadable')))
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'))
    reader.readAsDataURL(file)
  })
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image()
    image.onload = () => resolve(image)
    image.onerror = () => reject(new Error('not an image'))
    image.src = src
  })
}

/** The size an image of w x h is drawn at so that neither side passes `max`, keeping its shape. */
export function fitWithin(w: number, h: number, max: number = MAX_PHOTO_SIZE): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(w, h, 1))
  return { width: Math.max(1, Math.round(w * scale)), height: Math.max(1, Math.round(h * scale)) }
}

/**
 * A data URL of the photo no larger than 512 px a side. PNG stays PNG (it may be a drawn avatar
 * with transparency); every other format becomes JPEG, which is far smaller for a photograph.
 * Rejects a file that is not an image the browser can decode.
 */
export async function readPhoto(file: File): Promise<string> {
  if (!ACCEPTED.includes(file.type)) throw new Error('unsupported type')
  const original = await readAsDataUrl(file)
  const image = await loadImage(original)
  const { width, height } = fitWithin(image.naturalWidth, image.naturalHeight)
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const context = canvas.getContext('2d')
  if (!context) throw new Error('no canvas')
  context.drawImage(image, 0, 0, width, height)
  return file.type === 'image/png' ? canvas.toDataURL('image/png') : canvas.toDataURL('image/jpeg', 0.85)
}

// The board's avatar and the export's persona strip show the same initials.
export { initials } from '../../domain/personaInitials'
