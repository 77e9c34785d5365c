import type { TFunction } from 'i18next'
import { resultsCsv, type VoteRecord } from '../../../domain/facilitation'
import { platform } from '../../../platform'
import { describeFileError, notice } from '../../files/fileActions'
import { voteCsvName } from './voteModel'

/**
 * One vote's results as a CSV file: headers in the person's language and a byte order mark, so
 * Excel opens Persian and accented card text as written; named after the map and the vote's time.
 */
export async function exportVoteCsv(t: TFunction, record: VoteRecord, mapTitle: string): Promise<void> {
  const labels = { rank: t('vote.csv.rank'), card: t('vote.csv.card'), votes: t('vote.csv.votes'), voters: t('vote.csv.voters') }
  const text = resultsCsv(record, labels, { bom: true })
  const result = await platform.files.exportFile('csv', voteCsvName(t, mapTitle, record.revealedAt), text)
  if (result.kind === 'saved') notice('files.exported', { name: result.name }, 'info')
  else if (result.kind === 'failed') notice('files.saveFailed', { reason: describeFileError(t, result.error) }, 'error')
}
