/**
 * Someone's words inside a sentence of the interface, isolated (FSI … PDI) so each keeps its own
 * direction: a Latin title in a Persian sentence keeps its quotes and full stop where they belong,
 * and the other way round. For display only: stored text (a copy's title) must never carry the marks.
 */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`
}

/** A sentence's placeholder values for display: strings isolated, numbers left to the formatter. */
export function isolatedValues<V extends string | number>(values: Readonly<Record<string, V>> | undefined): Record<string, V | string> | undefined {
  if (!values) return undefined
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, typeof value === 'string' ? isolated(value) : value]))
}
