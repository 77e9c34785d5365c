import { CircleCheck, CircleHelp, CircleX, TriangleAlert } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import type { RoomAddress } from '../../room/types'
import { lacksLanAddress, shortAddress } from './address'

interface Props {
  readonly addresses: readonly RoomAddress[]
  readonly port: number
}

/**
 * Shown above the QR code when no address is on a network phones share with this laptop: the code
 * would carry an address no phone can reach, so this comes first.
 */
export function NoLanWarning() {
  const { t } = useTranslation()
  return (
    <div className="room-warning" role="alert">
      <TriangleAlert size={20} aria-hidden />
      <div>
        <p className="room-warning-title">{t('room.network.noLanTitle')}</p>
        <p>{t('room.network.noLanText')}</p>
      </div>
    </div>
  )
}

const KIND_ICON = { lan: CircleCheck, other: CircleHelp, linkLocal: CircleX, loopback: CircleX } as const

/**
 * Which of this laptop's addresses phones can use, and what to do when none works. The network is
 * where a room fails in practice (isolated guest Wi-Fi, a firewall prompt answered "no", macOS's
 * local network permission), and the app cannot see from inside whether a phone gets through, so
 * the remedies are always one click away.
 */
export function NetworkCheck({ addresses, port }: Props) {
  const { t } = useTranslation()
  const noLan = lacksLanAddress(addresses)
  return (
    <section className="room-network" aria-labelledby="room-network-title">
      <h3 id="room-network-title">{t('room.network.title')}</h3>
      {addresses.length > 0 && (
        <ul className="room-network-list">
          {addresses.map((a) => {
            const Icon = KIND_ICON[a.kind]
            return (
              <li key={`${a.interfaceName} ${a.address}`} className={`room-network-item room-network-item--${a.kind}`}>
                <Icon size={18} aria-hidden />
                <span className="room-network-address">
                  <span dir="ltr">{shortAddress(a.address, port)}</span>
                </span>
                <span className="room-network-interface muted">{a.interfaceName}</span>
                <span className="room-network-kind">{t(`room.network.kinds.${a.kind}`)}</span>
              </li>
            )
          })}
        </ul>
      )}
      <details className="room-help" open={noLan}>
        <summary>{t('room.network.helpTitle')}</summary>
        <ol>
          <li>{t('room.network.helpSameWifi')}</li>
          <li>{t('room.network.helpHotspot')}</li>
          <li>{t('room.network.helpWindows')}</li>
          <li>{t('room.network.helpMac')}</li>
          <li>{t('room.network.helpType')}</li>
        </ol>
      </details>
    </section>
  )
}
