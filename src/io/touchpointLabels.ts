import { CHANNELS, DEVICES, LANE_KINDS, SENTIMENTS, type Channel, type Device, type LaneKind, type Sentiment } from '../domain'
import en from '../i18n/locales/en.board.json'
import fa from '../i18n/locales/fa.board.json'
import nb from '../i18n/locales/nb.board.json'
import tr from '../i18n/locales/tr.board.json'
import { aliasTableOf, normalizeName } from './plan/aliases'

type Board = typeof en
const BOARDS = [en, tr, fa, nb] as readonly Board[]

/** The words a touchpoint CSV writes for the map's codes, in the export's language. */
export interface TouchpointLabels {
  readonly sentiment: (code: Sentiment) => string
  readonly channel: (code: Channel) => string
  readonly device: (code: Device) => string
  readonly laneKind: (code: LaneKind) => string
}

/** Labels from the app's translate function (the board's catalogue keys). */
export function touchpointLabels(t: (key: string) => string): TouchpointLabels {
  return {
    sentiment: (code) => t(`board.cards.sentiments.${code}`),
    channel: (code) => t(`board.cards.channels.${code}`),
    device: (code) => t(`board.cards.devices.${code}`),
    laneKind: (code) => t(`board.laneKinds.${code}`),
  }
}

/** The codes themselves: what a sheet made before labels were written holds. */
export const CODE_LABELS: TouchpointLabels = { sentiment: (c) => c, channel: (c) => c, device: (c) => c, laneKind: (c) => c }

interface Codes {
  readonly sentiment: Sentiment
  readonly channel: Channel
  readonly device: Device
  readonly laneKind: LaneKind
}

// A hand-edited sheet may hold a word in any of the four languages, or the code.
const ALIASES: { readonly [F in keyof Codes]: ReadonlyMap<string, Codes[F]> } = {
  sentiment: aliasTableOf(BOARDS, SENTIMENTS, (b, k) => b.cards.sentiments[k]),
  channel: aliasTableOf(BOARDS, CHANNELS, (b, k) => b.cards.channels[k]),
  device: aliasTableOf(BOARDS, DEVICES, (b, k) => b.cards.devices[k]),
  laneKind: aliasTableOf(BOARDS, LANE_KINDS, (b, k) => b.laneKinds[k]),
}


/** The code a cell names, read as a code first and then as a label in any language; null when unknown. */
export function codeFromCell<F extends keyof Codes>(field: F, value: string): Codes[F] | null {
  const table: ReadonlyMap<string, Codes[F]> = ALIASES[field]
  return table.get(normalizeName(value)) ?? null
}
