import type { Repair, RepairKind } from './types'

export type RepairCounts = Partial<Record<RepairKind, number>>
/** A few paths per kind ("cards[3].sentiment"), for the repairs that can point at a field. */
export type RepairPlaces = Partial<Record<RepairKind, string[]>>

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * English wording for each repair, in the order they are shown. The UI can translate by `kind`
 * and `count` instead; the message is what logs and tests read.
 */
const MESSAGES: Readonly<Record<RepairKind, (n: number) => string>> = {
  strippedKeys: (n) => `${plural(n, 'field', 'fields')} named __proto__, constructor or prototype ${n === 1 ? 'was' : 'were'} removed`,
  rekeyedIds: (n) => `${plural(n, 'record', 'records')} had an unusable or repeated id and ${n === 1 ? 'was' : 'were'} given a new one`,
  adoptedRecords: (n) => `${plural(n, 'record', 'records')} belonged to another map or workshop and ${n === 1 ? 'was' : 'were'} moved into this one`,
  orphanSteps: (n) => `${plural(n, 'step', 'steps')} belonged to a missing stage and ${n === 1 ? 'was' : 'were'} removed`,
  orderFixed: (n) => `${plural(n, 'entry', 'entries')} in the order of stages, steps and lanes ${n === 1 ? 'was' : 'were'} missing, repeated or unknown and ${n === 1 ? 'was' : 'were'} fixed`,
  orphanCards: (n) => `${plural(n, 'card', 'cards')} sat in a missing lane or step and ${n === 1 ? 'was' : 'were'} removed`,
  clampedSpans: (n) => `${plural(n, 'card', 'cards')} stretched past the last step and ${n === 1 ? 'was' : 'were'} shortened`,
  danglingLinks: (n) => `${plural(n, 'link', 'links')} pointed at missing cards and ${n === 1 ? 'was' : 'were'} removed`,
  selfLinks: (n) => `${plural(n, 'link', 'links')} joined a card to itself and ${n === 1 ? 'was' : 'were'} removed`,
  orphanEmotions: (n) => `${plural(n, 'emotion point', 'emotion points')} belonged to a missing step or persona and ${n === 1 ? 'was' : 'were'} removed`,
  mergedEmotions: (n) => `${plural(n, 'emotion point', 'emotion points')} repeated another for the same step and persona and ${n === 1 ? 'was' : 'were'} merged into it`,
  clampedEmotions: (n) => `${plural(n, 'emotion point', 'emotion points')} scored outside -2 to +2 and ${n === 1 ? 'was' : 'were'} brought into range`,
  clampedSizes: (n) => `${plural(n, 'step width or lane height', 'step widths or lane heights')} ${n === 1 ? 'was' : 'were'} out of range and ${n === 1 ? 'was' : 'were'} adjusted`,
  badReferences: (n) => `${plural(n, 'reference', 'references')} to missing or repeated personas, jobs, steps or cards ${n === 1 ? 'was' : 'were'} removed`,
  unsafePhotos: (n) => `${plural(n, 'persona photo', 'persona photos')} ${n === 1 ? 'was' : 'were'} not a picture and ${n === 1 ? 'was' : 'were'} removed`,
  strippedCharacters: (n) => `${plural(n, 'text field', 'text fields')} held control or text-direction characters, which were removed`,
  droppedRecords: (n) => `${plural(n, 'record', 'records')} could not be read and ${were(n)} left out`,
  tooManyRecords: (n) => `${plural(n, 'record', 'records')} went past what one map can hold and ${were(n)} left out`,
  resetFields: (n) => `${plural(n, 'field', 'fields')} held a value the app cannot use and ${were(n)} set to the default`,
  cutTexts: (n) => `${plural(n, 'text', 'texts')} ${were(n)} longer than a field can hold and ${were(n)} cut`,
  clampedNumbers: (n) => `${plural(n, 'number', 'numbers')} ${were(n)} out of range and ${were(n)} brought into range`,
  cutLists: (n) => `${plural(n, 'list', 'lists')} ${were(n)} longer than allowed and ${were(n)} cut`,
  badListItems: (n) => `${plural(n, 'list entry', 'list entries')} could not be used and ${were(n)} removed`,
  droppedUnknownFields: (n) => `${plural(n, 'unknown field', 'unknown fields')} went past what is kept for other tools and ${were(n)} removed`,
  crowdedLinks: (n) => `${plural(n, 'link', 'links')} went past what one card can hold and ${were(n)} removed`,
  droppedFacilitation: () => 'The workshop’s agenda and vote history could not be read and were left out',
  repairedFacilitation: (n) => `${plural(n, 'agenda step or vote', 'agenda steps or votes')} could not be used as ${n === 1 ? 'it was' : 'they were'} and ${were(n)} fixed or left out`,
}

function were(n: number): string {
  return n === 1 ? 'was' : 'were'
}

export function repairsFrom(counts: RepairCounts, places: RepairPlaces = {}): Repair[] {
  return (Object.keys(MESSAGES) as RepairKind[]).flatMap((kind) => {
    const count = counts[kind] ?? 0
    if (count === 0) return []
    const where = places[kind] ?? []
    return [{ kind, count, message: MESSAGES[kind](count), ...(where.length > 0 ? { where } : {}) }]
  })
}
