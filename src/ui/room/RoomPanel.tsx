import { KeyRound, MonitorUp, Power, Radio } from 'lucide-react'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RoomAddress, RoomHostInfo, RoomParticipant } from '../../room/types'
import { lacksLanAddress, preferredAddress, shortAddress } from './address'
import { ConfirmDialog } from './ConfirmDialog'
import { CopyField } from './CopyField'
import { NetworkCheck, NoLanWarning } from './NetworkCheck'
import { ParticipantList } from './ParticipantList'
import { QrImage } from './QrImage'
import './room.css'
import './roomPanel.css'

export interface RoomPanelProps {
  /** The open room, or null while it is closed. */
  readonly info: RoomHostInfo | null
  /** The host is starting: the open button waits. */
  readonly opening: boolean
  /** Why the room could not open (the port was taken, the network refused), as the host reported it. */
  readonly error: string | null
  readonly participants: readonly RoomParticipant[]
  /** The host could not write the room to disk: the facilitator is told, the room keeps going. */
  readonly saveFailed?: boolean
  readonly onOpen: () => void
  readonly onClose: () => void
  readonly onNewCode: () => void
  readonly onRemove: (participantId: string) => void
  /** Shows the projector overlay for the address the facilitator chose here. */
  readonly onShowProjector: (address: RoomAddress) => void
}

type Confirming = 'newCode' | 'close' | null

/** The facilitator's side of the room: open it, show people how to join, see who is in, and close it. */
export function RoomPanel(props: RoomPanelProps) {
  return <section className="room-panel">{props.info ? <OpenRoom {...props} info={props.info} /> : <ClosedRoom {...props} />}</section>
}

function ClosedRoom({ opening, error, onOpen }: RoomPanelProps) {
  const { t } = useTranslation()
  return (
    <div className="room-closed">
      <h2>{t('room.panel.title')}</h2>
      <p className="muted">{t('room.panel.intro')}</p>
      {error && (
        <p className="room-error" role="alert">
          {t('room.panel.openFailed', { error })}
        </p>
      )}
      <button type="button" className="button button--primary room-big-button" disabled={opening} onClick={onOpen}>
        <Radio size={18} aria-hidden />
        {opening ? t('room.panel.opening') : t('room.panel.open')}
      </button>
    </div>
  )
}

function OpenRoom({ info, participants, saveFailed, onClose, onNewCode, onRemove, onShowProjector }: RoomPanelProps & { info: RoomHostInfo }) {
  const { t } = useTranslation()
  const chooserId = useId()
  const [chosen, setChosen] = useState<string | null>(null)
  const [confirming, setConfirming] = useState<Confirming>(null)
  // The chosen address survives a new code (new links, same addresses); one that went away falls back.
  const address = info.addresses.find((a) => a.address === chosen) ?? preferredAddress(info.addresses)
  const here = address ? shortAddress(address.address, info.port) : ''

  return (
    <div className="room-open">
      <div className="room-open-header">
        <h2>{t('room.panel.openTitle')}</h2>
        <button type="button" className="button button--danger" onClick={() => setConfirming('close')}>
          <Power size={16} aria-hidden />
          {t('room.panel.close')}
        </button>
      </div>

      {saveFailed && (
        <p className="room-error" role="alert">
          {t('room.panel.saveFailed')}
        </p>
      )}

      {lacksLanAddress(info.addresses) && <NoLanWarning />}

      {info.addresses.length > 1 && (
        <div className="room-chooser">
          <label htmlFor={chooserId}>{t('room.panel.chooseAddress')}</label>
          <select id={chooserId} value={address?.address ?? ''} onChange={(e) => setChosen(e.target.value)}>
            {info.addresses.map((a) => (
              <option key={`${a.interfaceName} ${a.address}`} value={a.address}>
                {t('room.panel.addressOption', { address: shortAddress(a.address, info.port), network: a.interfaceName, kind: t(`room.network.kinds.${a.kind}`) })}
              </option>
            ))}
          </select>
        </div>
      )}

      {address && (
        <div className="room-join">
          <QrImage url={address.joinUrl} label={t('room.panel.qrLabel', { address: here })} className="room-join-qr" />
          <div className="room-join-text">
            <p className="room-join-hint">{t('room.panel.scanHint')}</p>
            <p className="room-join-label muted">{t('room.panel.address')}</p>
            <p className="room-join-address">
              <span dir="ltr">{here}</span>
            </p>
            {address.kind !== 'lan' && <p className="room-join-kind">{t(`room.network.kinds.${address.kind}`)}</p>}
            <p className="room-join-label muted">{t('room.panel.code')}</p>
            <p className="room-join-code">
              <span dir="ltr">{info.shortCode}</span>
            </p>
            <button type="button" className="button button--primary" onClick={() => onShowProjector(address)}>
              <MonitorUp size={16} aria-hidden />
              {t('room.panel.showProjector')}
            </button>
          </div>
        </div>
      )}
      {address && <CopyField label={t('room.panel.joinLink')} value={address.joinUrl} />}

      <NetworkCheck addresses={info.addresses} port={info.port} />

      <ParticipantList participants={participants} onRemove={onRemove} />

      {address && (
        <details className="room-view-link">
          <summary>{t('room.panel.viewLinkTitle')}</summary>
          <p className="muted">{t('room.panel.viewLinkText')}</p>
          <QrImage url={address.viewUrl} label={t('room.panel.viewQrLabel')} className="room-view-qr" />
          <CopyField label={t('room.panel.viewLink')} value={address.viewUrl} />
        </details>
      )}

      <div className="room-new-code">
        <button type="button" className="button" onClick={() => setConfirming('newCode')}>
          <KeyRound size={16} aria-hidden />
          {t('room.panel.newCode')}
        </button>
        <p className="muted">{t('room.panel.newCodeHint')}</p>
      </div>

      <ConfirmDialog
        open={confirming === 'newCode'}
        title={t('room.panel.newCodeTitle')}
        message={t('room.panel.newCodeText')}
        confirmLabel={t('room.panel.newCodeConfirm')}
        cancelLabel={t('room.cancel')}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          setConfirming(null)
          onNewCode()
        }}
      />
      <ConfirmDialog
        open={confirming === 'close'}
        title={t('room.panel.closeTitle')}
        message={t('room.panel.closeText')}
        confirmLabel={t('room.panel.closeConfirm')}
        cancelLabel={t('room.cancel')}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          setConfirming(null)
          onClose()
        }}
      />
    </div>
  )
}
