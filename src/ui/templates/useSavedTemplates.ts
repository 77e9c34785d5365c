import type { JourneyTemplate } from '../../domain/templates'
import { deleteTemplate, listSavedTemplates, saveTemplate } from '../../persistence/templates'
import { useStoredRows } from '../useStoredRows'

/** Templates the facilitator saved from their maps, kept in the database for every workshop. */
export function useSavedTemplates() {
  const { rows: saved, write } = useStoredRows(listSavedTemplates)
  return {
    saved,
    save: (template: JourneyTemplate) => write((db) => saveTemplate(db, template)),
    remove: (id: string) => write((db) => deleteTemplate(db, id)),
  }
}
