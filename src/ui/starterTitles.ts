import type { TFunction } from 'i18next'
import type { LaneKind, StarterTitles } from '../domain'

const STARTER_LANES: readonly LaneKind[] = ['actions', 'touchpoints', 'emotions', 'painPoints', 'opportunities']

/** The grid a new map starts with, in the person's language. */
export function starterTitles(t: TFunction): StarterTitles {
  return {
    stages: t('starter.stages', { returnObjects: true }) as string[],
    step: (n) => t('starter.step', { n }),
    lanes: STARTER_LANES.map((kind) => [kind, t(`starter.lanes.${kind}`)] as const),
  }
}
