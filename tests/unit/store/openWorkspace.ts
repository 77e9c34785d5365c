import { afterEach } from 'vitest'
import { createAppStore, type AppStore } from '../../../src/store'
import { createWorkspace, type Workspace, type WorkspaceOptions } from '../../../src/store/workspace'

/**
 * `open(dbName)` starts a workspace on its own store with a short save delay, as the app does at
 * start; every workspace opened in a test is disposed after it, so no timer outlives the test.
 */
export function useWorkspaces(): (dbName: string, options?: WorkspaceOptions) => Promise<{ ws: Workspace; store: AppStore }> {
  let opened: Workspace[] = []

  afterEach(async () => {
    await Promise.all(opened.map((w) => w.dispose()))
    opened = []
  })

  return async (dbName, options = {}) => {
    const store = createAppStore()
    const ws = createWorkspace(store, { dbName, saveDelayMs: 5, ...options })
    opened.push(ws)
    await ws.init()
    return { ws, store }
  }
}
