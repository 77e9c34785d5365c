import { useCallback, useEffect, useState } from 'react'
import type { Agenda } from '../../../domain/facilitation'
import { deleteAgendaTemplate, listAgendaTemplates, saveAgendaTemplate, type AgendaTemplate } from '../../../persistence/agendaTemplates'
import { appStore } from '../../../store'
import { useWorkspace } from '../../WorkspaceContext'

/** The facilitator's own agenda templates, kept in the app's prefs for every workshop. */
export function useAgendaTemplates() {
  const workspace = useWorkspace()
  const [templates, setTemplates] = useState<AgendaTemplate[]>([])
  const [version, setVersion] = useState(0)
  useEffect(() => {
    let live = true
    listAgendaTemplates(workspace.db()).then(
      (found) => live && setTemplates(found),
      () => live && setTemplates([]),
    )
    return () => {
      live = false
    }
  }, [workspace, version])

  /** Runs a write; a failed or refused one (read-only database) says so in a notice. */
  const write = useCallback(
    async (change: () => Promise<boolean>): Promise<boolean> => {
      let ok: boolean
      try {
        ok = await change()
      } catch {
        ok = false
      }
      if (!ok) appStore.getState().notify({ key: 'agenda.save.failed', tone: 'error' })
      setVersion((v) => v + 1)
      return ok
    },
    [],
  )

  return {
    templates,
    save: (name: string, agenda: Agenda) => write(() => saveAgendaTemplate(workspace.db(), name, agenda)),
    remove: (id: string) => write(() => deleteAgendaTemplate(workspace.db(), id)),
  }
}
