import { useMemo } from 'react'
import { qrDataUrl } from './qr'

interface Props {
  /** The link the code carries. */
  readonly url: string
  /** What a screen reader says instead of the picture. */
  readonly label: string
  readonly className?: string
}

/** A QR code drawn as an SVG image; rebuilt only when the link changes (a new code, another address). */
export function QrImage({ url, label, className }: Props) {
  const src = useMemo(() => qrDataUrl(url), [url])
  return <img className={className ? `room-qr ${className}` : 'room-qr'} src={src} alt={label} draggable={false} />
}
