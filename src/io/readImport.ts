import { LIMITS } from '../domain'
import { describeImportError, parseJourneyFile, type Described } from '../format'
import { importMermaidJourney, looksLikeMermaidJourney } from './mermaid'
import { prescanJson } from './prescan'
import { importTouchpointCsv, looksLikeTouchpointCsv } from './touchpointsCsv'
import type { ImportResult, IoImportError } from './types'

/** Names the importer needs in the person's language (the UI passes translations). */
export interface ImportTitles {
  /** For a map whose file names no title: usually the file name. */
  readonly fallbackTitle: string
  readonly untitledStage: string
  readonly untitledLane: string
  readonly actionsLane: string
  readonly emotionsLane: string
}

/**
 * Reads any file a person can import: a .journey (or JSON) file, a CSV in the exported layout or
 * Mermaid `journey` text. The content decides, not the name: JSON starts with "{", the CSV with
 * its header row, Mermaid with `journey`; the extension only breaks a tie. Never throws.
 */
export function readImport(name: string, text: string, titles: ImportTitles): ImportResult {
  if (typeof text !== 'string') return { ok: false, error: { kind: 'notJson', message: 'the file is not text' } }
  const head = text.slice(0, 64).replace(/^\uFEFF/, '').trimStart()
  const lower = name.toLowerCase()
  if (head.startsWith('{') || head.startsWith('[') || lower.endsWith('.journey') || lower.endsWith('.json')) return readJourney(text)
  if (looksLikeTouchpointCsv(text)) {
    return importTouchpointCsv(text, { title: titles.fallbackTitle, untitledStage: titles.untitledStage, untitledLane: titles.untitledLane })
  }
  if (looksLikeMermaidJourney(text)) {
    return importMermaidJourney(text, { title: titles.fallbackTitle, untitledStage: titles.untitledStage, actionsLane: titles.actionsLane, emotionsLane: titles.emotionsLane })
  }
  return { ok: false, error: { kind: 'unknownFormat' } }
}

export function readJourney(text: string): ImportResult {
  // A BOM is not JSON, but editors on Windows add one; it is no reason to refuse a file.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text
  // Before JSON.parse, which would spend seconds building an object the limits then refuse. A text
  // past the byte limit is left to parseJourneyFile, which refuses it unread.
  const tooLarge = json.length > LIMITS.bytes ? null : prescanJson(json)
  if (tooLarge) return { ok: false, error: tooLarge }
  const parsed = parseJourneyFile(json)
  return parsed.ok ? { ok: true, value: { source: 'journey', notes: [], ...parsed.value } } : parsed
}

/** The i18n key and values for any import error. */
export function describeIoImportError(error: IoImportError): Described {
  switch (error.kind) {
    case 'unknownFormat':
      return { key: 'import.error.unknownFormat', values: {} }
    case 'empty':
      return { key: 'import.error.empty', values: {} }
    default:
      return describeImportError(error)
  }
}

/** The file name without its extension, as a title for a map that brings none. */
export function titleFromFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  return base.replace(/\.[^.]+$/, '').trim()
}
