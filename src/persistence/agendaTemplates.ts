import { validateAgenda, type Agenda } from '../domain/facilitation'
import { newId } from '../domain/ids'
import { cleanLine } from '../domain/text'
import type { JourneyboardDb } from './db'
import { getPref, setPref } from './prefs'

/** An agenda the facilitator saved under a name, to start another workshop's agenda from. */
export interface AgendaTemplate {
  readonly id: string
  readonly name: string
  readonly createdAt: number
  readonly agenda: Agenda
}

export const MAX_AGENDA_TEMPLATES = 100
const MAX_NAME_CHARS = 200

/** The saved agenda templates, newest first; what is not a template's shape is skipped, and every agenda is validated. */
export async function listAgendaTemplates(db: JourneyboardDb): Promise<AgendaTemplate[]> {
  return readTemplates(await getPref(db, 'agendaTemplates'))
}

export function readTemplates(stored: unknown): AgendaTemplate[] {
  if (!Array.isArray(stored)) return []
  const out: AgendaTemplate[] = []
  for (const row of stored.slice(0, MAX_AGENDA_TEMPLATES)) {
    if (typeof row !== 'object' || row === null) continue
    const { id, name, createdAt, agenda } = row as Record<string, unknown>
    if (typeof id !== 'string' || typeof name !== 'string' || out.some((t) => t.id === id)) continue
    out.push({ id, name: cleanName(name), createdAt: typeof createdAt === 'number' && Number.isFinite(createdAt) ? createdAt : 0, agenda: validateAgenda(agenda) })
  }
  return out.sort((a, b) => b.createdAt - a.createdAt)
}

/** Saves `agenda` under `name`; false on a read-only database. */
export async function saveAgendaTemplate(db: JourneyboardDb, name: string, agenda: Agenda, now = Date.now()): Promise<boolean> {
  const current = await listAgendaTemplates(db)
  const template: AgendaTemplate = { id: newId(), name: cleanName(name), createdAt: now, agenda }
  return setPref(db, 'agendaTemplates', [template, ...current].slice(0, MAX_AGENDA_TEMPLATES))
}

export async function deleteAgendaTemplate(db: JourneyboardDb, id: string): Promise<boolean> {
  const current = await listAgendaTemplates(db)
  return setPref(
    db,
    'agendaTemplates',
    current.filter((t) => t.id !== id),
  )
}

/** A template's agenda for a map: fresh step ids, so two maps never share them. */
export function agendaFromTemplate(template: AgendaTemplate, makeId: () => string = newId): Agenda {
  return validateAgenda({ steps: template.agenda.steps.map((s) => ({ ...s, id: undefined })) }, makeId)
}

function cleanName(name: string): string {
  return cleanLine(name).trim().slice(0, MAX_NAME_CHARS)
}
