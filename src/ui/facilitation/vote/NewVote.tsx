import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { JourneyDoc, LaneId, StageId } from '../../../domain'
import { getRecord } from '../../../domain/records'
import { eligibleCards, type VoteScope, type VoteSettings } from '../../../domain/facilitation'
import { voteCountStore } from '../../../store/voteCount'
import { RoomVoteSettings } from './RoomVoteSettings'
import { votableLanes } from './voteModel'

type Kind = VoteScope['kind']

/**
 * A new vote: what the room votes on (the whole map, some lanes or some stages), then counting a
 * show of hands, or, with the room open, everyone voting on their own device (`onRoomStart`).
 */
export function NewVote({ doc, onRoomStart }: { doc: JourneyDoc; onRoomStart?: ((settings: VoteSettings) => void) | undefined }) {
  const { t } = useTranslation()
  const id = useId()
  const [kind, setKind] = useState<Kind>('map')
  const [lanes, setLanes] = useState<readonly LaneId[]>([])
  const [stages, setStages] = useState<readonly StageId[]>([])
  const laneList = votableLanes(doc)
  const stageList = doc.map.stageIds.map((s) => getRecord(doc.stages, s)).filter((s) => s !== undefined)

  // Only what still exists on the map counts (a lane chosen, then deleted, drops out).
  const scope: VoteScope = useMemo(() => {
    if (kind === 'lanes') return { kind, laneIds: lanes.filter((l) => getRecord(doc.lanes, l)) }
    if (kind === 'stages') return { kind, stageIds: stages.filter((s) => getRecord(doc.stages, s)) }
    return { kind: 'map' }
  }, [kind, lanes, stages, doc.lanes, doc.stages])
  const eligible = useMemo(() => eligibleCards(doc, scope).length, [doc, scope])
  const noneChosen = (scope.kind === 'lanes' && scope.laneIds.length === 0) || (scope.kind === 'stages' && scope.stageIds.length === 0)

  const toggle = <T extends string>(list: readonly T[], item: T, on: boolean): T[] => (on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item))
  const start = () => voteCountStore.getState().startCount(doc.map.id, scope, Date.now())

  const picker = (which: 'lanes' | 'stages') => {
    const items = which === 'lanes' ? laneList.map((l) => ({ id: l.id, title: l.title.trim() || t('board.grid.untitledLane') })) : stageList.map((s) => ({ id: s.id, title: s.title.trim() || t('board.untitledStage') }))
    const chosen: readonly string[] = which === 'lanes' ? lanes : stages
    return (
      <fieldset className="vote-picker">
        <legend className="vote-sr">{t(which === 'lanes' ? 'vote.pickLanes' : 'vote.pickStages')}</legend>
        {items.map((item) => (
          <label key={item.id} className="vote-check">
            <input
              type="checkbox"
              checked={chosen.includes(item.id)}
              onChange={(e) => (which === 'lanes' ? setLanes(toggle(lanes, item.id as LaneId, e.target.checked)) : setStages(toggle(stages, item.id as StageId, e.target.checked)))}
            />
            <span dir="auto">{item.title}</span>
          </label>
        ))}
      </fieldset>
    )
  }

  return (
    <section className="vote-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="vote-heading">
        {t('vote.newVote')}
      </h2>
      <p className="muted vote-intro">{t('vote.intro')}</p>
      <fieldset className="vote-scope">
        <legend>{t('vote.scope.legend')}</legend>
        {(['map', 'lanes', 'stages'] as const).map((k) => (
          <div key={k} className="vote-scope-option">
            <label className="vote-check">
              <input type="radio" name={`${id}-scope`} value={k} checked={kind === k} onChange={() => setKind(k)} />
              <span>{t(`vote.scope.${k}`)}</span>
            </label>
            {kind === k && k !== 'map' ? picker(k) : null}
          </div>
        ))}
      </fieldset>
      <p className="vote-eligible" role="status">
        {noneChosen ? t('vote.scope.noneChosen') : eligible === 0 ? t('vote.noEligible') : t('vote.eligible', { count: eligible })}
      </p>
      <button type="button" className="button button--primary" disabled={noneChosen || eligible === 0} onClick={start}>
        {t('vote.start')}
      </button>
      {onRoomStart ? <RoomVoteSettings scope={scope} disabled={noneChosen || eligible === 0} onStart={onRoomStart} /> : null}
    </section>
  )
}
