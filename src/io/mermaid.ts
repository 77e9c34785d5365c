import { LIMITS } from '../format'
import { MapBuilder } from './builder'
import type { ImportResult } from './types'

export interface MermaidImportOptions {
  /** Used when the text has no `title` line. */
  readonly title: string
  /** For tasks that come before any `section`. */
  readonly untitledStage: string
  /** The lane the tasks' cards go on (an actions lane). */
  readonly actionsLane: string
  /** The emotional-intent lane that shows the scores as a curve. */
  readonly emotionsLane: string
}

const MAX_LINES = 20_000
/** Longer lines are skipped unread: no task needs more, and it keeps the line patterns cheap. */
const MAX_LINE = 10_000
// Directives, accessibility lines and front matter that say nothing about the journey itself.
const IGNORED = /^(?:%%|accTitle\b|accDescr\b|---$|title:|config:)/

/** True when the text is a Mermaid user journey: its first meaningful line is `journey`. */
export function looksLikeMermaidJourney(text: string): boolean {
  for (const raw of text.slice(0, 10_000).split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '' || line.startsWith('%%')) continue
    return /^journey\b/.test(line)
  }
  return false
}

/**
 * Reads Mermaid `journey` text: sections become stages, tasks become steps with a card each on
 * an actions lane, a task's score (1..5) becomes the felt emotion of its step (-2..+2), drawn as
 * the curve of an emotional-intent lane, and the actors become the map's personas, each task's
 * card belonging to its actors. Lines it does not understand are skipped and counted.
 * Never throws; nothing in the text is run.
 *
 *     journey
 *       title My working day
 *       section Go to work
 *         Make tea: 5: Me
 */
export function importMermaidJourney(text: string, options: MermaidImportOptions): ImportResult {
  if (text.length > LIMITS.bytes) return { ok: false, error: { kind: 'tooLarge', what: 'bytes', limit: LIMITS.bytes, found: text.length } }
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  if (lines.length > MAX_LINES) return { ok: false, error: { kind: 'tooLarge', what: 'records', limit: MAX_LINES, found: lines.length } }

  let title = options.title
  let stage: string | null = null
  let started = false
  let skipped = 0
  let badScores = 0
  const tasks: { stage: string; name: string; felt: number | null; actors: readonly string[] }[] = []

  for (const raw of lines) {
    const line = raw.trim()
    if (line === '' || IGNORED.test(line)) continue
    if (line.length > MAX_LINE) {
      skipped++
      continue
    }
    if (!started) {
      if (!/^journey\b/.test(line)) return { ok: false, error: { kind: 'unknownFormat' } }
      started = true
      continue
    }
    const titled = /^title\s+(.*)$/.exec(line)
    if (titled) {
      title = titled[1]!.trim().slice(0, LIMITS.stringLength) || title
      continue
    }
    const section = /^section\s+(.*)$/.exec(line)
    if (section) {
      stage = section[1]!.trim().slice(0, LIMITS.stringLength) || options.untitledStage
      continue
    }
    // "Task name: score: actor, actor" (the actors are optional); a task name may not hold ':'.
    const task = /^([^:]+):\s*([^:]*?)\s*(?::\s*(.*))?$/.exec(line)
    if (!task) {
      skipped++
      continue
    }
    const felt = scoreToEmotion(task[2]!)
    if (felt === null) badScores++
    const actors = (task[3] ?? '')
      .split(',')
      .map((a) => a.trim().slice(0, LIMITS.stringLength))
      .filter((a) => a !== '')
    tasks.push({ stage: stage ?? options.untitledStage, name: task[1]!.trim().slice(0, LIMITS.stringLength), felt, actors })
  }
  if (!started) return { ok: false, error: { kind: 'unknownFormat' } }

  const builder = new MapBuilder(title)
  const lane = builder.lane(options.actionsLane, 'actions')
  // Without the lane the scores would be stored but drawn nowhere.
  if (tasks.some((t) => t.felt !== null)) builder.lane(options.emotionsLane, 'emotions')
  for (const t of tasks) {
    // Tasks are steps in time: two tasks with one name are still two steps.
    const stepId = builder.step(t.stage, t.name, true)
    const personaIds = [...new Set(t.actors.map((a) => builder.persona(a)))]
    builder.card(lane, stepId, { text: t.name, personaIds })
    if (t.felt === null) continue
    // The score is its actors' feeling: on their curves too, since the board leads with a persona's curve once the map has personas.
    builder.emotion(stepId, t.felt, null)
    for (const personaId of personaIds) builder.emotion(stepId, t.felt, null, personaId)
  }
  if (skipped > 0) builder.note('import.note.linesSkipped', { count: skipped })
  if (badScores > 0) builder.note('import.note.badScores', { count: badScores })
  return builder.build('mermaid')
}

/** Mermaid scores run 1 (worst) to 5 (best); the map's emotions run -2 to +2. */
export function scoreToEmotion(value: string): number | null {
  if (!/^\d+(?:\.\d+)?$/.test(value.trim())) return null
  const n = Math.round(Number(value))
  return Math.min(5, Math.max(1, n)) - 3
}
