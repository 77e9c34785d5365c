import type { TFunction } from 'i18next'

/**
 * Someone's words inside a sentence of the interface, isolated (FSI … PDI) so each keeps its own
 * direction: a Latin title in a Persian sentence keeps its quotes and full stop where they belong,
 * and the other way round. For display only: stored text (a copy's title) must never carry the marks.
 */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`
}

/** U+2066–U+2069 (LRI, RLI, FSI, PDI): what a displayed sentence may carry and stored text never does. */
export const ISOLATION_MARKS = /[\u2066-\u2069]/

/**
 * Every text placeholder of every sentence is isolated where t() formats it (src/i18n/format.ts),
 * so no component has to remember. Text that is kept or leaves the app is the exception: a copy's
 * title, a persona's copied name, a card written from a sentence, a file's name, an export's words.
 * Those are translated through this: the same sentences, with the values exactly as given.
 */
export function withoutIsolation(t: TFunction): (key: string, values?: Readonly<Record<string, string | number>>) => string {
  return (key, values) => t(key, { ...values, isolate: false })
}

/** Whether a t() call's values are to be isolated: always, unless it came through {@link withoutIsolation}. */
export function isolatesValues(options: unknown): boolean {
  return !(typeof options === 'object' && options !== null && (options as { isolate?: unknown }).isolate === false)
}
