import { isSafeId, newId as nanoId } from '../ids'
import { cleanLine, cleanParagraph } from '../text'
import { LANE_KINDS, type LaneKind } from '../types'

/**
 * A workshop's agenda: the method's steps (see DOMAIN.md, "The workshop method") as the
 * facilitator runs them, each with a planned duration, an instruction for the room and the lanes
 * it works on. Plain data so it can live in the .journey file and the room's shared document.
 */
export const AGENDA_STEP_KINDS = ['prep', 'actions', 'touchpoints', 'effortImpact', 'tasks', 'automation', 'custom'] as const
export type AgendaStepKind = (typeof AGENDA_STEP_KINDS)[number]

export interface AgendaStep {
  readonly id: string
  readonly kind: AgendaStepKind
  /** Empty means the localized default title for the kind, so a method agenda follows the UI language. */
  readonly title: string
  /** Empty means the localized default instruction for the kind. */
  readonly instruction: string
  /** Planned duration in whole minutes, MIN_MINUTES..MAX_MINUTES. */
  readonly minutes: number
  readonly laneKinds: readonly LaneKind[]
}

export interface Agenda {
  readonly steps: readonly AgendaStep[]
}

export const MIN_MINUTES = 1
export const MAX_MINUTES = 240
export const MAX_AGENDA_STEPS = 50
export const MAX_TITLE_CHARS = 200
export const MAX_INSTRUCTION_CHARS = 1000
const MINUTE_MS = 60_000

/** What the method plans for each kind: about 1h40 in all, a half-day workshop with breaks. */
const METHOD: Readonly<Record<AgendaStepKind, { minutes: number; laneKinds: readonly LaneKind[] }>> = {
  // Personas are not a lane; jobs to be done are.
  prep: { minutes: 15, laneKinds: ['jobs'] },
  // Step 1: what the customer does, step by step.
  actions: { minutes: 20, laneKinds: ['actions'] },
  // Step 2: each action gets a touchpoint, so the actions stay in view.
  touchpoints: { minutes: 20, laneKinds: ['actions', 'touchpoints', 'channels'] },
  // Step 3: effort versus impact is judged on the touchpoints; what is chosen becomes an opportunity.
  effortImpact: { minutes: 15, laneKinds: ['touchpoints', 'opportunities'] },
  // Step 4: chosen touchpoints into tasks (owner, deadline, deliverable).
  tasks: { minutes: 20, laneKinds: ['touchpoints', 'tasks'] },
  // Step 5: software behind the scenes automates tasks.
  automation: { minutes: 10, laneKinds: ['tasks', 'backstage'] },
  custom: { minutes: 10, laneKinds: [] },
}

const METHOD_ORDER: readonly AgendaStepKind[] = ['prep', 'actions', 'touchpoints', 'effortImpact', 'tasks', 'automation']

/** The default agenda: preparation, then the five steps, with default titles and instructions. */
export function methodAgenda(newId: () => string): Agenda {
  return { steps: METHOD_ORDER.map((kind) => blankStep(newId(), kind)) }
}

function blankStep(id: string, kind: AgendaStepKind): AgendaStep {
  const plan = METHOD[kind]
  return { id, kind, title: '', instruction: '', minutes: plan.minutes, laneKinds: [...plan.laneKinds] }
}

function update(agenda: Agenda, id: string, change: (step: AgendaStep) => AgendaStep): Agenda {
  if (!agenda.steps.some((s) => s.id === id)) return agenda
  return { steps: agenda.steps.map((s) => (s.id === id ? change(s) : s)) }
}

export function renameStep(agenda: Agenda, id: string, title: string): Agenda {
  return update(agenda, id, (s) => ({ ...s, title: cleanTitle(title) }))
}

export function setInstruction(agenda: Agenda, id: string, instruction: string): Agenda {
  return update(agenda, id, (s) => ({ ...s, instruction: cleanInstruction(instruction) }))
}

/** Rounds and clamps; a value that is not a number leaves the step as it was. */
export function setMinutes(agenda: Agenda, id: string, minutes: number): Agenda {
  if (!Number.isFinite(minutes)) return agenda
  return update(agenda, id, (s) => ({ ...s, minutes: clampMinutes(minutes) }))
}

export function setLaneKinds(agenda: Agenda, id: string, laneKinds: readonly LaneKind[]): Agenda {
  return update(agenda, id, (s) => ({ ...s, laneKinds: cleanLaneKinds(laneKinds) }))
}

/**
 * Inserts a custom step after the step `after`, or first when `after` is null (a step id that is
 * gone puts it last). The caller picks the id so it can select the new step; an id already in use
 * or unsafe, or a full agenda, leaves the agenda as it was.
 */
export function addStep(agenda: Agenda, after: string | null, id: string, kind: AgendaStepKind = 'custom'): Agenda {
  if (agenda.steps.length >= MAX_AGENDA_STEPS || !isSafeId(id) || agenda.steps.some((s) => s.id === id)) return agenda
  const at = after === null ? 0 : indexAfter(agenda, after)
  const steps = [...agenda.steps]
  steps.splice(at, 0, blankStep(id, kind))
  return { steps }
}

function indexAfter(agenda: Agenda, after: string): number {
  const i = agenda.steps.findIndex((s) => s.id === after)
  return i < 0 ? agenda.steps.length : i + 1
}

export function removeStep(agenda: Agenda, id: string): Agenda {
  if (!agenda.steps.some((s) => s.id === id)) return agenda
  return { steps: agenda.steps.filter((s) => s.id !== id) }
}

/** Moves the step at index `from` to index `to` (clamped into the list); a bad `from` changes nothing. */
export function moveStep(agenda: Agenda, from: number, to: number): Agenda {
  const n = agenda.steps.length
  if (!Number.isInteger(from) || from < 0 || from >= n || Number.isNaN(to)) return agenda
  const target = Math.min(n - 1, Math.max(0, Math.trunc(to)))
  if (target === from) return agenda
  const steps = [...agenda.steps]
  const [moved] = steps.splice(from, 1)
  steps.splice(target, 0, moved as AgendaStep)
  return { steps }
}

export function totalMinutes(agenda: Agenda): number {
  return agenda.steps.reduce((sum, s) => sum + s.minutes, 0)
}

export interface ScheduledStep {
  readonly id: string
  readonly startMs: number
  readonly endMs: number
}

/** Planned start and end of every step when the workshop starts at `startMs`, back to back (the run sheet). */
export function scheduleOf(agenda: Agenda, startMs: number): ScheduledStep[] {
  let at = startMs
  return agenda.steps.map((s) => {
    const startAt = at
    at += s.minutes * MINUTE_MS
    return { id: s.id, startMs: startAt, endMs: at }
  })
}

/**
 * Reads an agenda from untrusted JSON (a .journey file, a template, the room): never throws,
 * drops what is not a step, fills or clamps bad fields, and builds fresh objects so nothing of
 * the input (a prototype, a getter, an extra key) survives. Only the first MAX_AGENDA_STEPS
 * entries are looked at, so a huge array costs nothing. Bad or repeated ids get a new one.
 */
export function validateAgenda(input: unknown, newId: () => string = nanoId): Agenda {
  const raw = own(input, 'steps')
  if (!Array.isArray(raw)) return { steps: [] }
  const seen = new Set<string>()
  const steps: AgendaStep[] = []
  for (const entry of raw.slice(0, MAX_AGENDA_STEPS)) {
    const step = readStep(entry, newId, seen)
    if (step) steps.push(step)
  }
  return { steps }
}

function readStep(entry: unknown, newId: () => string, seen: Set<string>): AgendaStep | null {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return null
  const rawKind = own(entry, 'kind')
  // A kind from a newer build reads as custom, keeping its title and instruction.
  const kind = AGENDA_STEP_KINDS.find((k) => k === rawKind) ?? 'custom'
  const rawId = own(entry, 'id')
  let id = isSafeId(rawId) && !seen.has(rawId) ? rawId : newId()
  while (seen.has(id)) id = newId()
  seen.add(id)
  const title = own(entry, 'title')
  const instruction = own(entry, 'instruction')
  const minutes = own(entry, 'minutes')
  const laneKinds = own(entry, 'laneKinds')
  return {
    id,
    kind,
    title: typeof title === 'string' ? cleanTitle(title) : '',
    instruction: typeof instruction === 'string' ? cleanInstruction(instruction) : '',
    minutes: typeof minutes === 'number' && Number.isFinite(minutes) ? clampMinutes(minutes) : METHOD[kind].minutes,
    laneKinds: Array.isArray(laneKinds) ? cleanLaneKinds(laneKinds.slice(0, LANE_KINDS.length * 2)) : [...METHOD[kind].laneKinds],
  }
}

/** Own properties only: `{"__proto__": ...}` or an inherited field must not stand in for data. */
function own(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined
  const desc = Object.getOwnPropertyDescriptor(value, key)
  return desc && 'value' in desc ? (desc.value as unknown) : undefined
}

function clampMinutes(minutes: number): number {
  return Math.min(MAX_MINUTES, Math.max(MIN_MINUTES, Math.round(minutes)))
}

function cleanLaneKinds(kinds: readonly unknown[]): LaneKind[] {
  const out: LaneKind[] = []
  for (const k of kinds) {
    const kind = LANE_KINDS.find((l) => l === k)
    if (kind && !out.includes(kind)) out.push(kind)
  }
  return out
}

function cleanTitle(title: string): string {
  return clip(cleanLine(title).trim(), MAX_TITLE_CHARS)
}

function cleanInstruction(text: string): string {
  return clip(cleanParagraph(text).trim(), MAX_INSTRUCTION_CHARS)
}

/** Cuts at `max` without splitting a surrogate pair (an emoji would turn into a broken character). */
function clip(value: string, max: number): string {
  if (value.length <= max) return value
  const code = value.charCodeAt(max - 1)
  return value.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max)
}
