import type { TFunction } from 'i18next'

const LEVEL_KEYS: Record<number, string> = { [-2]: 'veryNegative', [-1]: 'negative', 0: 'neutral', 1: 'positive', 2: 'veryPositive' }

/** A score as people read it: "+1", "−1.5" (a true minus sign), "0". */
export function formatScore(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `\u2212${-value}` : '0'
}

/** The name of a level; a half level names the two it lies between. */
export function describeLevel(t: TFunction, value: number): string {
  const name = (v: number) => t(`board.emotion.levels.${LEVEL_KEYS[v] ?? 'neutral'}`)
  const score = formatScore(value)
  if (Number.isInteger(value)) return t('board.emotion.level', { name: name(value), score })
  return t('board.emotion.between', { lower: name(Math.floor(value)), upper: name(Math.ceil(value)), score })
}
