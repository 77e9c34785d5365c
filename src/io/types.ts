import type { JourneyDoc } from '../domain'
import type { MapFacilitation } from '../domain/facilitation'
import type { ImportError, Repair } from '../format'

/** Where an imported map came from; each has its own reader but all end in the same checks. */
export type ImportSource = 'journey' | 'csv' | 'mermaid'

/** The format's errors plus the ones only a reader of other formats can meet. */
export type IoImportError = ImportError | { readonly kind: 'unknownFormat' } | { readonly kind: 'empty'; readonly source: ImportSource }

/** Something a reader skipped or changed, told to the person in plain words (an i18n key and its values). */
export interface ImportNote {
  readonly key: string
  readonly values: Readonly<Record<string, string | number>>
}

export interface Imported {
  readonly source: ImportSource
  readonly doc: JourneyDoc
  /** What the format's normalize step repaired. */
  readonly repairs: readonly Repair[]
  /** What the reader itself skipped (lines it did not understand, rows without a step...). */
  readonly notes: readonly ImportNote[]
  readonly migratedFrom: number | null
  /** A .journey file's agenda and vote history (format version 3 on); absent when it had none. */
  readonly facilitation?: MapFacilitation
}

export type ImportResult = { readonly ok: true; readonly value: Imported } | { readonly ok: false; readonly error: IoImportError }
