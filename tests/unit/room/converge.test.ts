import fc from 'fast-check'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { createCard, createStage, createStep, type CardId, type Command, type JourneyDoc, type StageId, type StepId } from '../../../src/domain'
import { parseJourneyFile, serializeDoc, stringifyEnvelope } from '../../../src/format'
import { RoomProjector } from '../../../src/room/project'
import { deliver, makeRoom, sampleDoc, type Client } from './rooms'

/** A command drawn from a few random numbers, made against the client's current document (so it names records that exist there). */
type Pick = readonly [kind: number, a: number, b: number, c: number]

function commandFor(doc: JourneyDoc, [kind, a, b, c]: Pick, tag: string): Command {
  const at = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length])
  const cards = (Object.keys(doc.cards) as CardId[]).sort()
  const steps = doc.map.stageIds.flatMap((id) => doc.stages[id]?.stepIds ?? [])
  const card = at(cards, a) ?? ('' as CardId)
  switch (kind % 11) {
    case 0:
      return { type: 'updateCards', cardIds: [card], patch: { text: `${tag} text ${b}` } }
    case 1:
      return { type: 'updateCards', cardIds: [card], patch: { sentiment: (['positive', 'friction', 'decision', 'neutral'] as const)[b % 4]! } }
    case 2:
      return { type: 'moveStage', stageId: at(doc.map.stageIds, a)!, toIndex: b % 4 }
    case 3:
      return { type: 'moveLane', laneId: at(doc.map.laneIds, a)!, toIndex: b % 5 }
    case 4: {
      const lane = at(doc.map.laneIds, b)
      const step = at(steps, c)
      const place = lane && step ? ({ kind: 'cell', laneId: lane, stepId: step, span: 1, rank: a } as const) : ({ kind: 'free', x: a, y: b, width: 200, height: 64 } as const)
      return { type: 'addCards', cards: [createCard(doc.map.id, place, { text: `${tag} card ${a}` })] }
    }
    case 5:
      return { type: 'deleteCards', cardIds: [card] }
    case 6:
      return { type: 'moveStep', stepId: at(steps, a) ?? ('' as StepId), toStageId: at(doc.map.stageIds, b) ?? ('' as StageId), toIndex: c % 3 }
    case 7:
      return { type: 'deleteStep', stepId: at(steps, a) ?? ('' as StepId) }
    case 8: {
      const stage = createStage(doc.map.id, `${tag} stage ${a}`)
      const step = createStep(doc.map.id, stage.id, `${tag} step ${a}`)
      return { type: 'addStage', stage: { ...stage, stepIds: [step.id] }, steps: [step], index: b % 4 }
    }
    case 9:
      return { type: 'setEmotion', stepId: at(steps, a) ?? ('' as StepId), personaId: null, felt: (b % 5) - 2 }
    default:
      return { type: 'renameMap', title: `${tag} map ${a}` }
  }
}

const steps = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: fc.record({ op: fc.constant('command' as const), who: fc.nat(2), pick: fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('sync' as const), from: fc.nat(2), to: fc.nat(2), reverse: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('undo' as const), who: fc.nat(2) }) },
  ),
  { minLength: 1, maxLength: 25 },
)

/** What each client has sent so far, and how much of it each other client has received. */
function deliverAll(clients: Client[], sent: Uint8Array[][]): void {
  for (let from = 0; from < clients.length; from++) {
    for (let to = 0; to < clients.length; to++) if (from !== to) deliver(clients[from]!, clients[to]!, sent[from]!)
  }
}

describe('random edits on two or three clients', () => {
  it('converge to the same valid document once everyone has everything', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 3 }), steps, (count, plan) => {
        const clients = makeRoom(sampleDoc(), ['ann', 'ben', 'cat'].slice(0, count))
        const sent: Uint8Array[][] = clients.map(() => [])
        for (const step of plan) {
          if (step.op === 'command') {
            const client = clients[step.who % count]!
            client.store.getState().dispatch(commandFor(client.doc(), step.pick, client.name))
          } else if (step.op === 'undo') clients[step.who % count]!.binding.undo.undo()
          for (let i = 0; i < count; i++) sent[i]!.push(...clients[i]!.outbox.splice(0))
          if (step.op === 'sync' && step.from % count !== step.to % count) {
            // Anything sent so far, possibly newest first: Yjs holds an update back until what it builds on arrives.
            const updates = step.reverse ? [...sent[step.from % count]!].reverse() : sent[step.from % count]!
            deliver(clients[step.from % count]!, clients[step.to % count]!, updates)
          }
        }
        deliverAll(clients, sent)
        const docs = clients.map((c) => c.doc())
        for (const doc of docs.slice(1)) expect(doc).toEqual(docs[0])
        const doc = docs[0]!
        expect(new RoomProjector(clients[0]!.ydoc).project()).toEqual(doc)
        expect(new Set(doc.map.stageIds).size).toBe(Object.keys(doc.stages).length)
        expect(new Set(doc.map.laneIds).size).toBe(Object.keys(doc.lanes).length)
        const loaded = parseJourneyFile(stringifyEnvelope(serializeDoc(doc, { name: 'Journeyboard', version: 'test' })))
        expect(loaded.ok && loaded.value.repairs).toEqual([])
        expect(loaded.ok && loaded.value.doc).toEqual(doc)
        for (const c of clients) c.binding.dispose()
      }),
      { numRuns: 60 },
    )
    // Sixty rooms of two or three clients: seconds on a busy machine.
  }, 120_000)

  it('a fresh client joining late projects the same document', () => {
    const [ann, ben] = makeRoom(sampleDoc())
    ann!.store.getState().dispatch({ type: 'renameMap', title: 'Late join' })
    ben!.store.getState().dispatch({ type: 'moveStage', stageId: ben!.doc().map.stageIds[2]!, toIndex: 0 })
    deliver(ann!, ben!)
    deliver(ben!, ann!)
    const late = new Y.Doc()
    Y.applyUpdate(late, Y.encodeStateAsUpdate(ann!.ydoc))
    expect(new RoomProjector(late).project()).toEqual(ben!.doc())
    expect(ann!.doc()).toEqual(ben!.doc())
  })
})
