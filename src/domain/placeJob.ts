import type { Command } from './commands'
import { createCard, createLane } from './factories'
import type { StepId } from './ids'
import { cardsInCell } from './cellStacks'
import type { Job, JourneyDoc } from './types'

/**
 * One undo step that puts a job on the map: a card at the bottom of the step's cell on the first
 * jobs lane (adding that lane at the end when the map has none), showing the job's sentence and
 * tagged with its personas, and the step added to the places where the job happens.
 */
export function placeJobCommand(doc: JourneyDoc, job: Job, stepId: StepId, text: string, laneTitle: string): Command | null {
  if (!(stepId in doc.steps)) return null
  const existing = doc.map.laneIds.map((id) => doc.lanes[id]).find((lane) => lane?.kind === 'jobs')
  const lane = existing ?? createLane(doc.map.id, 'jobs', laneTitle)
  const last = existing ? cardsInCell(doc, lane.id, stepId).at(-1)?.place : undefined
  const rank = last && last.kind === 'cell' ? last.rank + 1 : 0
  const card = createCard(doc.map.id, { kind: 'cell', laneId: lane.id, stepId, span: 1, rank }, { text, jobId: job.id, personaIds: job.personaIds })
  const commands: Command[] = []
  if (!existing) commands.push({ type: 'addLane', lane })
  commands.push({ type: 'addCards', cards: [card] })
  if (!job.stepIds.includes(stepId)) commands.push({ type: 'updateJob', jobId: job.id, patch: { stepIds: [...job.stepIds, stepId] } })
  return { type: 'batch', commands }
}

/** Keeps the jobs-lane cards of a job saying its sentence after the job is edited, in the same undo step. */
export function updateJobCommand(doc: JourneyDoc, job: Job, patch: Partial<Pick<Job, 'situation' | 'motivation' | 'outcome' | 'personaIds' | 'stepIds'>>, sentence: (job: Job) => string): Command {
  const next = { ...job, ...patch }
  const cards = Object.values(doc.cards).filter((c) => c.jobId === job.id)
  const commands: Command[] = [{ type: 'updateJob', jobId: job.id, patch }]
  if (cards.length > 0 && ('situation' in patch || 'motivation' in patch || 'outcome' in patch)) {
    commands.push({ type: 'updateCards', cardIds: cards.map((c) => c.id), patch: { text: sentence(next) } })
  }
  return commands.length === 1 ? (commands[0] as Command) : { type: 'batch', commands }
}
