import type { Card, CardId, Command, JourneyDoc, Metric, PersonaId } from '../../domain'
import type { CardPatch } from '../../domain/commands'

/** A field over the selected cards: the value they share, or "mixed" when they differ. */
export type Shared<T> = { readonly mixed: false; readonly value: T } | { readonly mixed: true }

export function shared<T>(cards: readonly Card[], pick: (card: Card) => T, equal: (a: T, b: T) => boolean = Object.is): Shared<T> {
  const [first, ...rest] = cards
  if (!first) return { mixed: true }
  const value = pick(first)
  return rest.every((c) => equal(pick(c), value)) ? { mixed: false, value } : { mixed: true }
}

export function sameMetrics(a: readonly Metric[], b: readonly Metric[]): boolean {
  return a.length === b.length && a.every((m, i) => m.name === b[i]?.name && m.value === b[i]?.value)
}

/** One edit of every selected card: a single command, and so a single undo step. */
export function patchCards(cards: readonly Card[], patch: CardPatch): Command | null {
  return cards.length === 0 ? null : { type: 'updateCards', cardIds: cards.map((c) => c.id), patch }
}

/**
 * Ticks or unticks a persona on every selected card while keeping each card's other personas,
 * which differ from card to card: one command per card, batched into one undo step.
 */
export function togglePersona(cards: readonly Card[], personaId: PersonaId, on: boolean): Command | null {
  const commands: Command[] = []
  for (const card of cards) {
    const has = card.personaIds.includes(personaId)
    if (has === on) continue
    const personaIds = on ? [...card.personaIds, personaId] : card.personaIds.filter((id) => id !== personaId)
    commands.push({ type: 'updateCards', cardIds: [card.id], patch: { personaIds } })
  }
  if (commands.length === 0) return null
  return commands.length === 1 ? (commands[0] as Command) : { type: 'batch', commands }
}

/** How many of the selected cards carry a persona: none, some (an indeterminate tick) or all. */
export function personaState(cards: readonly Card[], personaId: PersonaId): 'none' | 'some' | 'all' {
  const count = cards.filter((c) => c.personaIds.includes(personaId)).length
  return count === 0 ? 'none' : count === cards.length ? 'all' : 'some'
}

/** Teams already used on this map first (most used first), then the usual departments not yet among them. */
export function teamSuggestions(doc: Pick<JourneyDoc, 'cards'>, defaults: readonly string[]): string[] {
  const counts = new Map<string, number>()
  for (const card of Object.values(doc.cards)) {
    const team = card.team.trim()
    if (team) counts.set(team, (counts.get(team) ?? 0) + 1)
  }
  const used = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([team]) => team)
  const seen = new Set(used.map((t) => t.toLocaleLowerCase()))
  return [...used, ...defaults.filter((d) => !seen.has(d.toLocaleLowerCase()))]
}

export function withMetric(metrics: readonly Metric[], index: number, field: keyof Metric, value: string): Metric[] {
  return metrics.map((m, i) => (i === index ? { ...m, [field]: value } : m))
}

export function withoutMetric(metrics: readonly Metric[], index: number): Metric[] {
  return metrics.filter((_, i) => i !== index)
}

/** The selected cards that still exist, in selection order. */
export function selectedCards(doc: JourneyDoc | null, selection: readonly CardId[]): Card[] {
  if (!doc) return []
  return selection.flatMap((id) => (Object.prototype.hasOwnProperty.call(doc.cards, id) ? [doc.cards[id] as Card] : []))
}
