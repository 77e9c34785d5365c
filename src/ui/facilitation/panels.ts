import type { ComponentType } from 'react'
import { AgendaPanel } from './agenda/AgendaPanel'
import { VotePanel } from './vote/VotePanel'
import { PrivatePanel } from './private/PrivatePanel'

/**
 * The tabs of the facilitation side, in order: each part of running a workshop (agenda, voting)
 * registers its panel here, so the side itself knows none of them.
 */
export interface FacilitationPanel {
  readonly id: string
  /** The tab's label, an i18n key. */
  readonly labelKey: string
  readonly Panel: ComponentType
}

export const FACILITATION_PANELS: readonly FacilitationPanel[] = [
  { id: 'agenda', labelKey: 'facilitation.tabs.agenda', Panel: AgendaPanel },
  { id: 'vote', labelKey: 'facilitation.tabs.vote', Panel: VotePanel },
  { id: 'private', labelKey: 'facilitation.tabs.private', Panel: PrivatePanel },
]
