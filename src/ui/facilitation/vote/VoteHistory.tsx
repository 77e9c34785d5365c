import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { JourneyDoc } from '../../../domain'
import { topCards, type VoteRecord } from '../../../domain/facilitation'
import { formatDateTime, formatNumber } from '../../../i18n/format'
import { appStore, useAppStore } from '../../../store'
import { ConfirmDialog } from '../../room/ConfirmDialog'
import { exportVoteCsv } from './voteExport'
import { VoteResultsList } from './VoteResultsList'
import { VoteToPlan } from './VoteToPlan'
import { cardText, recordTotal, scopeSummary } from './voteModel'

/** The map's past votes, newest first: when, on what, the top cards (which go to the action plan in one step); each opens to its full results, exports and goes. */
export function VoteHistory({ doc }: { doc: JourneyDoc }) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const votes = useAppStore((s) => s.facilitation.votes)
  const [removing, setRemoving] = useState<VoteRecord | null>(null)

  return (
    <section className="vote-section vote-history" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="vote-heading">
        {t('vote.history')}
      </h2>
      {votes.length === 0 ? <p className="muted">{t('vote.historyEmpty')}</p> : null}
      <ul className="vote-records">
        {[...votes].reverse().map((record) => (
          <HistoryItem key={record.id} record={record} doc={doc} onRemove={() => setRemoving(record)} />
        ))}
      </ul>
      <ConfirmDialog
        open={removing !== null}
        title={t('vote.removeTitle')}
        message={removing ? t('vote.removeMessage', { date: formatDateTime(removing.revealedAt, i18n.language) }) : ''}
        confirmLabel={t('vote.remove')}
        cancelLabel={t('vote.cancel')}
        onConfirm={() => {
          if (removing) appStore.getState().removeVoteRecord(removing.id)
          setRemoving(null)
        }}
        onCancel={() => setRemoving(null)}
      />
    </section>
  )
}

function HistoryItem({ record, doc, onRemove }: { record: VoteRecord; doc: JourneyDoc; onRemove: () => void }) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const [open, setOpen] = useState(false)
  const when = formatDateTime(record.revealedAt, i18n.language)
  const top = topCards(record, 3).cardIds.map((cardId) => record.rows.find((row) => row.cardId === cardId)!)
  const rows = record.rows.map((row) => ({ ...row, text: cardText(null, t, row.text) }))

  return (
    <li className="vote-record" aria-labelledby={`${id}-when`}>
      <div className="vote-record-head">
        <time id={`${id}-when`} className="vote-record-when" dateTime={new Date(record.revealedAt).toISOString()}>
          {when}
        </time>
        <span className="muted">{t('vote.totalVotes', { count: recordTotal(record) })}</span>
      </div>
      <p className="vote-record-scope">{scopeSummary(doc, record.settings.scope, t)}</p>
      {top.length > 0 && !open ? (
        <ol className="vote-top" aria-label={t('vote.top')}>
          {top.map((row) => (
            <li key={row.cardId}>
              <span className="vote-top-rank" aria-hidden>
                {formatNumber(row.rank, i18n.language)}
              </span>
              <span dir="auto" className="vote-top-text">
                <span className="vote-sr">{t('vote.rank', { rank: row.rank })} </span>
                {cardText(null, t, row.text)}
              </span>
              <span className="muted">{t('vote.votes', { count: row.votes })}</span>
            </li>
          ))}
        </ol>
      ) : null}
      <VoteToPlan record={record} doc={doc} />
      <div className="button-group vote-record-actions">
        <button type="button" className="button button--small" aria-expanded={open} aria-controls={`${id}-results`} onClick={() => setOpen(!open)}>
          {t(open ? 'vote.hideResults' : 'vote.showResults')}
        </button>
        <button type="button" className="button button--small" onClick={() => void exportVoteCsv(t, record, doc.map.title)} aria-label={t('vote.exportCsvOf', { date: when })}>
          {t('vote.exportCsv')}
        </button>
        <button type="button" className="button button--small button--danger" onClick={onRemove} aria-label={t('vote.removeOf', { date: when })}>
          {t('vote.remove')}
        </button>
      </div>
      <div id={`${id}-results`} className="vote-record-results" hidden={!open}>
        {open ? <VoteResultsList label={t('vote.resultsOf', { date: when })} rows={rows} /> : null}
      </div>
    </li>
  )
}
