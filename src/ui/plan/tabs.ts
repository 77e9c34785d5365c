import type { ComponentType } from 'react'
import type { Action } from '../../domain'
import type { PlanTab } from '../../store/planSlice'
import { PlanExportButton } from './files/PlanExportButton'
import { PlanImportButton } from './files/PlanImportButton'
import { ActionList } from './list/ActionList'
import { PlanMatrix } from './matrix/PlanMatrix'

/** What a tab of the plan gets: the actions the plan's filter lets through, in the plan's order. */
export interface PlanPanelProps {
  readonly actions: readonly Action[]
}

/**
 * The plan's views of the same actions, in tab order: each registers here (as the facilitation
 * side's panels do), so the plan's shell knows none of them.
 */
export interface PlanTabEntry {
  readonly id: PlanTab
  /** The tab's label, an i18n key. */
  readonly labelKey: string
  readonly Panel: ComponentType<PlanPanelProps>
}

export const PLAN_TABS: readonly PlanTabEntry[] = [
  { id: 'list', labelKey: 'plan.view.tabs.list', Panel: ActionList },
  { id: 'matrix', labelKey: 'plan.view.tabs.matrix', Panel: PlanMatrix },
]

/** Buttons in the plan's header beside the tabs (export, import): each renders its own button. */
export const PLAN_TOOLS: readonly ComponentType[] = [PlanImportButton, PlanExportButton]
