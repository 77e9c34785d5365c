import { ACTION_STATUSES, AUTOMATION_LEVELS, type ActionStatus, type AutomationLevel } from '../../domain'
import en from '../../i18n/locales/en.plan.json'
import fa from '../../i18n/locales/fa.plan.json'
import nb from '../../i18n/locales/nb.plan.json'
import tr from '../../i18n/locales/tr.plan.json'

/** The plan CSV's columns by machine key, in the exported order: what a person reads first comes first, ids last. */
export const PLAN_COLUMNS = ['title', 'deliverable', 'cards', 'stages', 'owner', 'due', 'status', 'impact', 'effort', 'quadrant', 'automation', 'automationNote', 'votes', 'id', 'cardIds'] as const
export type PlanColumn = (typeof PLAN_COLUMNS)[number]

const CATALOGUES = [en, tr, fa, nb]

/**
 * How a header or value is compared: case, accents, spacing, hyphens, underscores, zero-width
 * joiners and the Arabic forms of Persian letters left out, so "automation_note", "Automation
 * note", "Idé" / "ide" and "برنامه ریزی شده" / "برنامه‌ریزی‌شده" all match.
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ي/g, 'ی')
    .replace(/ك/g, 'ک')
    .toLowerCase()
    .replace(/[\s\u200b-\u200f\u2060\ufeff_\-.·:'"«»“”]/g, '')
}

/** Each key by its own name and by its label in every catalogue given, compared by `normalizeName`. */
export function aliasTableOf<C, K extends string>(catalogues: readonly C[], keys: readonly K[], labels: (catalogue: C, key: K) => string): Map<string, K> {
  const table = new Map<string, K>()
  for (const key of keys) {
    table.set(normalizeName(key), key)
    for (const catalogue of catalogues) table.set(normalizeName(labels(catalogue, key)), key)
  }
  return table
}

function aliasTable<K extends string>(keys: readonly K[], labels: (catalogue: (typeof CATALOGUES)[number], key: K) => string): Map<string, K> {
  return aliasTableOf(CATALOGUES, keys, labels)
}

/** Header names in any of the four languages, or the machine key ("automationNote", "automation_note"). */
export const COLUMN_ALIASES = aliasTable(PLAN_COLUMNS, (c, key) => c.column[key])
/** Status words in any of the four languages, or the key. */
export const STATUS_ALIASES = aliasTable<ActionStatus>(ACTION_STATUSES, (c, key) => c.status[key])
/** Automation words in any of the four languages, or the key ("partly"). */
export const AUTOMATION_ALIASES = aliasTable<AutomationLevel>(AUTOMATION_LEVELS, (c, key) => c.automation[key])

/** Persian (۰-۹) and Arabic-Indic (٠-٩) digits as ASCII, so a score typed on a Persian keyboard reads. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
}
