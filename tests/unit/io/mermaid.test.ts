import { describe, expect, it } from 'vitest'
import { orderedStepIds } from '../../../src/domain'
import { importMermaidJourney, looksLikeMermaidJourney, readImport, scoreToEmotion } from '../../../src/io'
import { TITLES, expectFailure, expectImported } from './helpers'

const OPTIONS = { title: 'Untitled', untitledStage: 'Journey', actionsLane: 'Customer actions', emotionsLane: 'Emotional intent' }

const WORKING_DAY = `%% from the Mermaid docs
journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
`

describe('Mermaid journey import', () => {
  it('turns sections into stages, tasks into steps with a card each, scores into the curve of an emotional-intent lane, actors into personas', () => {
    const { doc, repairs, notes, source } = expectImported(importMermaidJourney(WORKING_DAY, OPTIONS))
    expect(source).toBe('mermaid')
    expect(doc.map.title).toBe('My working day')
    expect(doc.map.stageIds.map((id) => doc.stages[id]?.title)).toEqual(['Go to work', 'Go home'])
    const steps = orderedStepIds(doc).map((id) => doc.steps[id]!)
    expect(steps.map((s) => s.title)).toEqual(['Make tea', 'Go upstairs', 'Do work', 'Go downstairs', 'Sit down'])
    const lanes = doc.map.laneIds.map((id) => doc.lanes[id]!)
    expect(lanes.map((l) => [l.kind, l.title])).toEqual([
      ['actions', 'Customer actions'],
      ['emotions', 'Emotional intent'],
    ])
    const cardAt = (stepId: string) => Object.values(doc.cards).find((c) => c.place.kind === 'cell' && c.place.stepId === stepId)
    expect(steps.map((s) => cardAt(s.id)?.text)).toEqual(['Make tea', 'Go upstairs', 'Do work', 'Go downstairs', 'Sit down'])
    // The actors head the map as personas, and each task's card belongs to its actors.
    const names = (ids: readonly string[]) => ids.map((id) => doc.personas[id as keyof typeof doc.personas]?.name)
    expect(names(doc.map.personaIds)).toEqual(['Me', 'Cat'])
    expect(steps.map((s) => names(cardAt(s.id)?.personaIds ?? []))).toEqual([['Me'], ['Me'], ['Me', 'Cat'], ['Me'], ['Me']])
    // Each actor's own curve carries the scores of their tasks, so the curve shows whoever leads.
    const curveOf = (name: string) => steps.map((s) => Object.values(doc.emotions).find((e) => e.stepId === s.id && e.personaId !== null && doc.personas[e.personaId]?.name === name)?.felt)
    expect(curveOf('Me')).toEqual([2, 0, -2, 2, 2])
    expect(curveOf('Cat')).toEqual([undefined, undefined, -2, undefined, undefined])
    const felt = steps.map((s) => Object.values(doc.emotions).find((e) => e.stepId === s.id && e.personaId === null)?.felt)
    expect(felt).toEqual([2, 0, -2, 2, 2])
    expect(repairs).toEqual([])
    expect(notes).toEqual([])
  })

  it('adds no emotional-intent lane when no task has a score', () => {
    const { doc } = expectImported(importMermaidJourney('journey\n  Wake up: soon\n', OPTIONS))
    expect(Object.values(doc.lanes).map((l) => l.kind)).toEqual(['actions'])
    expect(doc.map.personaIds).toEqual([])
  })

  it('maps scores 1..5 to -2..+2, clamps outside values and refuses non-numbers', () => {
    expect(['1', '2', '3', '4', '5', '0', '9', '4.6', 'x', '', '-1'].map(scoreToEmotion)).toEqual([-2, -1, 0, 1, 2, -2, 2, 2, null, null, null])
  })

  it('keeps tasks before any section, repeated task names, and reports what it skipped', () => {
    const text = 'journey\n  Wake up: 3\n  Wake up: 2\n  section Later\n  this line has no colon\n  Odd score: lots: Me\n'
    const { doc, notes } = expectImported(importMermaidJourney(text, OPTIONS))
    expect(doc.map.title).toBe('Untitled')
    expect(doc.map.stageIds.map((id) => doc.stages[id]?.title)).toEqual(['Journey', 'Later'])
    expect(Object.keys(doc.steps)).toHaveLength(3)
    expect(notes).toEqual([
      { key: 'import.note.linesSkipped', values: { count: 1 } },
      { key: 'import.note.badScores', values: { count: 1 } },
    ])
  })

  it('strips bidi overrides and control characters like any import', () => {
    const { doc, repairs } = expectImported(importMermaidJourney('journey\nsection A\u202E\n  Pay\u0007: 4\n', OPTIONS))
    expect(Object.values(doc.stages)[0]?.title).toBe('A')
    expect(repairs.map((r) => r.kind)).toEqual(['strippedCharacters'])
  })

  it('refuses text that is not a journey, and a journey with no tasks', () => {
    expect(expectFailure(importMermaidJourney('flowchart LR\n A --> B\n', OPTIONS))).toEqual({ kind: 'unknownFormat' })
    expect(expectFailure(importMermaidJourney('journey\n  title Nothing yet\n', OPTIONS))).toEqual({ kind: 'empty', source: 'mermaid' })
  })

  it('is recognised by content, whatever the file is called', () => {
    expect(looksLikeMermaidJourney(WORKING_DAY)).toBe(true)
    expect(looksLikeMermaidJourney('graph TD\n')).toBe(false)
    expect(expectImported(readImport('notes.txt', WORKING_DAY, TITLES)).source).toBe('mermaid')
  })

  it('skips an over-long line without trying to read it', () => {
    const text = `journey\nsection S\n  Task: ${' '.repeat(200_000)}x\n  Fine: 4\n`
    const started = performance.now()
    const { doc, notes } = expectImported(importMermaidJourney(text, OPTIONS))
    expect(performance.now() - started).toBeLessThan(1000)
    expect(Object.values(doc.steps).map((s) => s.title)).toEqual(['Fine'])
    expect(notes).toEqual([{ key: 'import.note.linesSkipped', values: { count: 1 } }])
  })
})
