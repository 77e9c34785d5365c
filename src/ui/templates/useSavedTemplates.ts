import { useEffect, useState } from 'react'
import type { JourneyTemplate } from '../../domain/templates'
import { deleteTemplate, listSavedTemplates, saveTemplate } from '../../persistence/templates'
import { useWorkspace } from '../WorkspaceContext'

/** Templates the facilitator saved from their maps, kept in the database for every workshop. */
export function useSavedTemplates() {
  const workspace = useWorkspace()
  const [saved, setSaved] = useState<JourneyTemplate[]>([])
  const [version, setVersion] = useState(0)
  const reload = () => setVersion((v) => v + 1)
  useEffect(() => {
    let live = true
    listSavedTemplates(workspace.db()).then(
      (rows) => live && setSaved(rows),
      () => live && setSaved([]),
    )
    return () => {
      live = false
    }
  }, [workspace, version])
  return {
    saved,
    save: async (template: JourneyTemplate) => {
      await saveTemplate(workspace.db(), template)
      reload()
    },
    remove: async (id: string) => {
      await deleteTemplate(workspace.db(), id)
      reload()
    },
  }
}
