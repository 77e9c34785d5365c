import type { Action } from './actions/types'
import type { ActionId, CardId, JobId, LaneId, LinkId, PersonaId, StageId, StepId } from './ids'
import type { Card, CardPlace, CardTextMode, Direction, EmotionScore, Hex, Job, Lane, LaneKind, Link, Persona, Stage, Step } from './types'

type Patch<T, Fixed extends keyof T> = Partial<Omit<T, Fixed>>

/** Fields of a card that `updateCard` may change; its place moves only through `moveCard`. */
export type CardPatch = Patch<Card, 'id' | 'mapId' | 'place'>
export type PersonaPatch = Patch<Persona, 'id' | 'workshopId'>
export type JobPatch = Patch<Job, 'id' | 'workshopId'>
/** Fields of an action that `updateActions` may change: all but its id and map. */
export type ActionPatch = Patch<Action, 'id' | 'mapId'>

/**
 * Every change to a document is one of these. Commands carry everything they need (ids are made
 * by the caller), so applying the same command to the same document always gives the same result:
 * that is what lets undo work by snapshots and, later, lets commands travel to other devices.
 */
export type Command =
  | { readonly type: 'renameMap'; readonly title: string }
  | { readonly type: 'setMapDirection'; readonly direction: Direction }
  | { readonly type: 'setCardText'; readonly mode: CardTextMode }
  | { readonly type: 'addStage'; readonly stage: Stage; readonly steps: readonly Step[]; readonly index?: number }
  | { readonly type: 'renameStage'; readonly stageId: StageId; readonly title: string }
  | { readonly type: 'recolorStage'; readonly stageId: StageId; readonly color: Hex }
  | { readonly type: 'moveStage'; readonly stageId: StageId; readonly toIndex: number }
  | { readonly type: 'deleteStage'; readonly stageId: StageId }
  | { readonly type: 'addStep'; readonly step: Step; readonly index?: number }
  | { readonly type: 'renameStep'; readonly stepId: StepId; readonly title: string }
  | { readonly type: 'moveStep'; readonly stepId: StepId; readonly toStageId: StageId; readonly toIndex: number }
  | { readonly type: 'resizeStep'; readonly stepId: StepId; readonly width: number }
  | { readonly type: 'deleteStep'; readonly stepId: StepId }
  | { readonly type: 'addLane'; readonly lane: Lane; readonly index?: number }
  | { readonly type: 'renameLane'; readonly laneId: LaneId; readonly title: string }
  | { readonly type: 'setLaneKind'; readonly laneId: LaneId; readonly kind: LaneKind }
  | { readonly type: 'moveLane'; readonly laneId: LaneId; readonly toIndex: number }
  | { readonly type: 'resizeLane'; readonly laneId: LaneId; readonly height: number }
  | { readonly type: 'setLaneCollapsed'; readonly laneId: LaneId; readonly collapsed: boolean }
  | { readonly type: 'deleteLane'; readonly laneId: LaneId }
  | { readonly type: 'addCards'; readonly cards: readonly Card[] }
  | { readonly type: 'updateCards'; readonly cardIds: readonly CardId[]; readonly patch: CardPatch }
  | { readonly type: 'moveCard'; readonly cardId: CardId; readonly to: CardPlace }
  | { readonly type: 'deleteCards'; readonly cardIds: readonly CardId[] }
  | { readonly type: 'addLink'; readonly link: Link }
  | { readonly type: 'updateLink'; readonly linkId: LinkId; readonly label: string }
  | { readonly type: 'deleteLinks'; readonly linkIds: readonly LinkId[] }
  | {
      readonly type: 'setEmotion'
      readonly stepId: StepId
      readonly personaId: PersonaId | null
      readonly felt?: EmotionScore
      readonly intended?: EmotionScore
    }
  | { readonly type: 'addPersona'; readonly persona: Persona; readonly onMap?: boolean }
  | { readonly type: 'updatePersona'; readonly personaId: PersonaId; readonly patch: PersonaPatch }
  | { readonly type: 'deletePersona'; readonly personaId: PersonaId }
  | { readonly type: 'setMapPersonas'; readonly personaIds: readonly PersonaId[] }
  | { readonly type: 'addJob'; readonly job: Job }
  | { readonly type: 'updateJob'; readonly jobId: JobId; readonly patch: JobPatch }
  | { readonly type: 'deleteJob'; readonly jobId: JobId }
  /** The action plan: several at once, so "one action per voted card" is one undo step. */
  | { readonly type: 'addActions'; readonly actions: readonly Action[] }
  | { readonly type: 'updateActions'; readonly actionIds: readonly ActionId[]; readonly patch: ActionPatch }
  | { readonly type: 'deleteActions'; readonly actionIds: readonly ActionId[] }
  /** Several commands as one undo step (paste, align, duplicate a selection). */
  | { readonly type: 'batch'; readonly commands: readonly Command[] }

export type CommandType = Command['type']
