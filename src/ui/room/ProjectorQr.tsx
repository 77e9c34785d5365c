import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { RoomAddress, RoomHostInfo } from '../../room/types'
import { shortAddress } from './address'
import { QrImage } from './QrImage'
import './room.css'
import './projector.css'

export interface ProjectorQrProps {
  readonly info: RoomHostInfo
  /** The address chosen in the room panel. */
  readonly address: RoomAddress
  /** People connected now, the facilitator's own window not counted: participantsHere(participants). */
  readonly participantCount: number
  readonly onClose: () => void
}

/**
 * The join code filling the projector: a QR code as large as the window allows, with the address
 * and code to type for anyone whose camera will not scan. Esc or a click anywhere closes it.
 */
export function ProjectorQr({ info, address, participantCount, onClose }: ProjectorQrProps) {
  const { t } = useTranslation()
  const overlay = useRef<HTMLDivElement>(null)
  const here = shortAddress(address.address, info.port)
  // The latest onClose, so a parent passing a new arrow each render does not re-run the focus effect below.
  const close = useRef(onClose)
  useEffect(() => {
    close.current = onClose
  }, [onClose])

  useEffect(() => {
    // Focus moves onto the overlay so Esc reaches it, and back to where it was when it closes.
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    overlay.current?.focus()
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault()
        close.current()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('keydown', onKey)
      before?.focus()
    }
  }, [])

  return (
    <div ref={overlay} className="room-projector" role="dialog" aria-modal="true" aria-label={t('room.projector.title')} tabIndex={-1} onClick={onClose}>
      <p className="room-projector-title">{t('room.projector.title')}</p>
      <QrImage url={address.joinUrl} label={t('room.panel.qrLabel', { address: here })} className="room-projector-qr" />
      <div className="room-projector-details">
        <p>
          <span className="muted">{t('room.panel.address')}</span>{' '}
          <span className="room-projector-address" dir="ltr">
            {here}
          </span>
        </p>
        <p>
          <span className="muted">{t('room.panel.code')}</span>{' '}
          <span className="room-projector-code" dir="ltr">
            {info.shortCode}
          </span>
        </p>
        <p className="room-projector-count">{t('room.projector.count', { count: participantCount })}</p>
      </div>
      <p className="room-projector-close muted">{t('room.projector.closeHint')}</p>
    </div>
  )
}
