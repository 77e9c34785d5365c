import { applyCommand, createMap, createStarterDoc, newAction, newId, type Action, type JourneyDoc, type WorkshopId } from '../../../../../src/domain'
import { appStore, loadDoc } from '../../../../../src/store'
import { CLOSED_PLAN } from '../../../../../src/store/planSlice'

/** A one-stage map for the plan's tests, loaded into the app's store with these actions (no history). */
export function loadPlan(actions: readonly Partial<Action>[], options: { rtl?: boolean } = {}): { doc: JourneyDoc; actions: Action[] } {
  const map = createMap(newId<WorkshopId>(), 'Onboarding')
  let doc = createStarterDoc(map, { stages: ['Sign up'], step: (n) => `Step ${n}`, lanes: [['touchpoints', 'Touchpoints']] })
  if (options.rtl) doc = applyCommand(doc, { type: 'setMapDirection', direction: 'rtl' })
  const made = actions.map((fields, i) => ({ ...newAction(map.id, [], 1_000 + i), ...fields }))
  doc = applyCommand(doc, { type: 'addActions', actions: made })
  appStore.setState({ plan: CLOSED_PLAN, viewOnly: false, notice: null })
  loadDoc(appStore, doc)
  return { doc, actions: made }
}

export function pastSteps(): number {
  return appStore.temporal.getState().pastStates.length
}

export function scoresOf(id: Action['id']): { impact: number; effort: number } | undefined {
  const action = appStore.getState().doc?.actions[id]
  return action ? { impact: action.impact, effort: action.effort } : undefined
}
