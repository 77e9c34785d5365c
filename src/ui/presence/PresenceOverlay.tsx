import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { boardToScreen, fitViewport, screenToBoard, visibleRect } from '../../canvas/viewport'
import { useFollowViewport } from '../../canvas/followViewport'
import { appStore, useAppStore } from '../../store'
import { OneLine } from '../OneLine'
import type { Peer } from './presence'
import { usePeers, usePresenceSource } from './PresenceContext'
import './presence.css'

interface Size {
  readonly width: number
  readonly height: number
}

/** One person's pointer on the board: a coloured arrow with their name, and what they are editing. */
function RemoteCursor({ peer, editingText }: { peer: Peer; editingText: string | null }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDivElement>(null)
  const cursor = peer.cursor
  useFollowViewport(
    ref,
    (el, vp) => {
      if (!cursor) return
      const at = boardToScreen(vp, cursor)
      el.style.transform = `translate(${at.x}px, ${at.y}px)`
    },
    [cursor?.x, cursor?.y],
  )
  if (!cursor) return null
  return (
    <div ref={ref} className="presence-cursor" style={{ color: peer.color }} data-testid="remote-cursor">
      <svg width="16" height="20" viewBox="0 0 16 20" aria-hidden>
        <path d="M1 1 L1 16 L5 12 L8 19 L11 18 L8 11 L14 11 Z" fill="currentColor" stroke="#fff" strokeWidth="1.2" />
      </svg>
      <span className="presence-cursor-label" style={{ background: peer.color }}>
        <OneLine text={editingText === null ? peer.name : t('room.presence.editing', { name: peer.name, text: editingText })} />
      </span>
    </div>
  )
}

/**
 * Who else is on the board: their cursors, what they are editing, and "follow" (this screen
 * shows what the leader sees, fitted to this screen's size rather than copying their zoom, as
 * screens differ). Publishes this person's own cursor, view and selection in turn.
 */
export function PresenceOverlay({ size, container }: { size: Size; container: React.RefObject<HTMLElement | null> }) {
  const { t } = useTranslation()
  const source = usePresenceSource()
  const peers = usePeers()
  const cards = useAppStore((s) => s.doc?.cards)
  const [following, setFollowing] = useState<number | null>(null)
  // A leader who left the room is simply not found: following ends instead of freezing on their last view.
  const leader = following === null ? null : (peers.find((p) => p.clientId === following) ?? null)

  // Publish: the pointer in board pixels, the visible board rectangle and the selected card.
  useEffect(() => {
    const el = container.current
    if (!source || !el) return
    const onMove = (event: PointerEvent) => {
      const box = el.getBoundingClientRect()
      const at = screenToBoard(appStore.getState().viewport, { x: event.clientX - box.left, y: event.clientY - box.top })
      source.publish({ cursor: { x: Math.round(at.x), y: Math.round(at.y) } })
    }
    const onLeave = () => source.publish({ cursor: null })
    // Any pan or zoom of one's own ends following: the person took the wheel back.
    const onOwnMove = () => setFollowing(null)
    el.addEventListener('pointermove', onMove)
    el.addEventListener('pointerleave', onLeave)
    el.addEventListener('wheel', onOwnMove, { passive: true })
    el.addEventListener('pointerdown', onOwnMove)
    const publishState = () => {
      const { viewport, selection } = appStore.getState()
      source.publish({ view: visibleRect(viewport, size.width, size.height), editing: selection[0] ?? null })
    }
    publishState()
    const unsubscribe = appStore.subscribe((s, prev) => {
      if (s.viewport !== prev.viewport || s.selection !== prev.selection) publishState()
    })
    return () => {
      el.removeEventListener('pointermove', onMove)
      el.removeEventListener('pointerleave', onLeave)
      el.removeEventListener('wheel', onOwnMove)
      el.removeEventListener('pointerdown', onOwnMove)
      unsubscribe()
    }
  }, [source, container, size.width, size.height])

  // Follow: fit the leader's view into this screen whenever it changes.
  const leaderView = leader?.view ?? null
  useEffect(() => {
    if (!leaderView || size.width === 0) return
    appStore.getState().setViewport(fitViewport(leaderView, size.width, size.height))
  }, [leaderView, size.width, size.height])

  if (!source) return null
  const snippet = (id: string | null) => {
    const text = id && cards ? (cards as Record<string, { text: string }>)[id]?.text : undefined
    return text === undefined ? null : text.length > 40 ? `${text.slice(0, 40)}…` : text
  }
  return (
    <>
      <div className="presence-layer" aria-hidden>
        {peers.map((peer) => (
          <RemoteCursor key={peer.clientId} peer={peer} editingText={snippet(peer.editing)} />
        ))}
      </div>
      {leader ? <div className="presence-follow-frame" style={{ borderColor: leader.color }} /> : null}
      <div className="presence-peers" role="toolbar" aria-label={t('room.presence.people')}>
        {peers.map((peer) => {
          const active = peer.clientId === following
          return (
            <button
              key={peer.clientId}
              type="button"
              className={`presence-peer${active ? ' presence-peer--active' : ''}`}
              style={{ borderColor: peer.color }}
              aria-pressed={active}
              title={active ? t('room.presence.stopFollowing', { name: peer.name }) : t('room.presence.follow', { name: peer.name })}
              onClick={() => setFollowing(active ? null : peer.clientId)}
            >
              <span className="presence-peer-dot" style={{ background: peer.color }} aria-hidden />
              <OneLine text={peer.name} />
            </button>
          )
        })}
      </div>
    </>
  )
}
