import type { JourneyTemplate } from '../domain/templates'
import { assertWritable, type JourneyboardDb } from './db'

/** Saved templates, newest first. Rows that are not a template's shape are skipped, not shown broken. */
export async function listSavedTemplates(db: JourneyboardDb): Promise<JourneyTemplate[]> {
  const rows = (await db.table('templates').toArray()) as JourneyTemplate[]
  return rows.filter(isTemplateRow).sort((a, b) => b.createdAt - a.createdAt)
}

export async function saveTemplate(db: JourneyboardDb, template: JourneyTemplate): Promise<void> {
  assertWritable(db)
  // A saved template is always the facilitator's own words, never keys to translate.
  await db.table('templates').put({ ...template, builtIn: false })
}

export async function deleteTemplate(db: JourneyboardDb, id: string): Promise<void> {
  assertWritable(db)
  await db.table('templates').delete(id)
}

function isTemplateRow(row: unknown): row is JourneyTemplate {
  const r = row as Partial<JourneyTemplate> | null
  return !!r && typeof r.id === 'string' && typeof r.name === 'string' && Array.isArray(r.stages) && Array.isArray(r.lanes) && Array.isArray(r.cards) && Array.isArray(r.emotions)
}
