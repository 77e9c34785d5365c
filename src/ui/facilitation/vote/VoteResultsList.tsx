import { useTranslation } from 'react-i18next'
import type { CardId } from '../../../domain'
import { formatNumber } from '../../../i18n/format'
import { tiedRanks } from './voteModel'

export interface ResultLine {
  readonly cardId: CardId
  readonly text: string
  readonly votes: number
  readonly rank: number
}

/**
 * Results sorted by votes with competition ranks: cards with equal votes share a rank and say
 * they are tied. Cards without a vote are not listed one by one, only counted.
 */
export function VoteResultsList({ rows, label }: { rows: readonly ResultLine[]; label: string }) {
  const { t, i18n } = useTranslation()
  const voted = rows.filter((row) => row.votes > 0)
  const tied = tiedRanks(voted)
  const without = rows.length - voted.length
  if (voted.length === 0) return <p className="muted vote-empty">{t('vote.noVotesYet')}</p>
  return (
    <>
      <ol className="vote-results" aria-label={label}>
        {voted.map((row) => {
          const isTied = tied.has(row.rank)
          return (
            <li key={row.cardId} className={`vote-result${isTied ? ' vote-result--tied' : ''}`} data-card-id={row.cardId}>
              <span className="vote-rank" aria-hidden>
                {formatNumber(row.rank, i18n.language)}
              </span>
              <span className="vote-sr">{t(isTied ? 'vote.rankTied' : 'vote.rank', { rank: row.rank })}</span>
              <span className="vote-result-text" dir="auto">
                {row.text}
              </span>
              <span className="vote-result-end">
                {isTied ? (
                  <span className="vote-tied" aria-hidden>
                    {t('vote.tied')}
                  </span>
                ) : null}
                <span className="vote-result-votes">{t('vote.votes', { count: row.votes })}</span>
              </span>
            </li>
          )
        })}
      </ol>
      {without > 0 ? <p className="muted vote-without">{t('vote.withoutVotes', { count: without })}</p> : null}
    </>
  )
}
