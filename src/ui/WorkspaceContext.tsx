import { createContext, useContext } from 'react'
import type { Workspace } from '../store/workspace'

const WorkspaceContext = createContext<Workspace | null>(null)

export const WorkspaceProvider = WorkspaceContext.Provider

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext)
  if (!workspace) throw new Error('useWorkspace needs a WorkspaceProvider above it')
  return workspace
}
