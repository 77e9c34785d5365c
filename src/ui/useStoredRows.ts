import { useEffect, useState } from 'react'
import type { JourneyboardDb } from '../persistence/db'
import { useWorkspace } from './WorkspaceContext'

/**
 * Rows the facilitator keeps in the database across workshops (own library entries, saved
 * templates): read once, and read again after each write made through `write`. A read that fails
 * shows none rather than stale rows. `list` must be a stable function (a module-level one).
 */
export function useStoredRows<T>(list: (db: JourneyboardDb) => Promise<T[]>) {
  const workspace = useWorkspace()
  const [rows, setRows] = useState<T[]>([])
  const [version, setVersion] = useState(0)
  useEffect(() => {
    let live = true
    list(workspace.db()).then(
      (found) => live && setRows(found),
      () => live && setRows([]),
    )
    return () => {
      live = false
    }
  }, [list, workspace, version])
  const write = async (change: (db: JourneyboardDb) => Promise<unknown>) => {
    await change(workspace.db())
    setVersion((v) => v + 1)
  }
  return { rows, write }
}
