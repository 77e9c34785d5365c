import type { Action } from './actions/types'
import { boundAction, boundActionPatch } from './actions/bounds'
import type { ActionPatch, Command } from './commands'
import type { ActionId, CardId } from './ids'
import { LIMITS } from './limits'
import { getRecord, hasRecord, mapRecords, patchRecord, putRecords, removeRecords } from './records'
import type { JourneyDoc, RecordMap } from './types'

type ActionCommand = Extract<Command, { type: 'addActions' | 'updateActions' | 'deleteActions' }>

export function applyActionCommand(doc: JourneyDoc, cmd: ActionCommand): JourneyDoc {
  switch (cmd.type) {
    case 'addActions': {
      const fresh = new Map<ActionId, Action>()
      for (const a of cmd.actions) {
        if (hasRecord(doc.actions, a.id) || fresh.has(a.id)) continue
        const action = boundAction(doc, a)
        if (action) fresh.set(action.id, action)
      }
      // Past the plan's limit only what fits is added; the caller tells the person what did not.
      const room = Math.max(0, LIMITS.actions - Object.keys(doc.actions).length)
      const actions = [...fresh.values()].slice(0, room)
      return actions.length === 0 ? doc : { ...doc, actions: putRecords(doc.actions, actions) }
    }
    case 'updateActions': {
      const patch = boundActionPatch(doc, cmd.patch)
      const changed = [...new Set(cmd.actionIds)].flatMap((id) => {
        const action = getRecord(doc.actions, id)
        if (!action) return []
        // A list is a new array every time: an unchanged list of cards must not make an undo step.
        const next = patchRecord(action, patch.cardIds && sameList(patch.cardIds, action.cardIds) ? withoutCards(patch) : patch)
        return next === action ? [] : [next]
      })
      return changed.length === 0 ? doc : { ...doc, actions: putRecords(doc.actions, changed) }
    }
    case 'deleteActions': {
      const actions = removeRecords(doc.actions, cmd.actionIds)
      return actions === doc.actions ? doc : { ...doc, actions }
    }
  }
}

/** Takes deleted cards out of the actions made from them; untouched actions keep their identity. */
export function forgetCards(actions: RecordMap<ActionId, Action>, gone: ReadonlySet<CardId>): RecordMap<ActionId, Action> {
  return mapRecords(actions, (a) => (a.cardIds.some((id) => gone.has(id)) ? { ...a, cardIds: a.cardIds.filter((id) => !gone.has(id)) } : a))
}

function withoutCards(patch: ActionPatch): ActionPatch {
  const out: Record<string, unknown> = { ...patch }
  delete out.cardIds
  return out as ActionPatch
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}
