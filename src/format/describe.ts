import type { ImportError } from './types'

export interface Described {
  readonly key: string
  readonly values: Record<string, string | number>
}

const MEGABYTE = 1024 * 1024

/** An i18n key and its interpolation values; the UI owns the wording in every language. */
export function describeImportError(e: ImportError): Described {
  switch (e.kind) {
    case 'notJson':
      // The parser's message ("Unexpected end of JSON input") helps no one: say what to do instead.
      return { key: e.truncated ? 'import.error.truncated' : e.journeyboard ? 'import.error.damaged' : 'import.error.notJson', values: { message: e.message } }
    case 'notJourneyboard':
      return { key: 'import.error.notJourneyboard', values: {} }
    case 'newerVersion':
      return { key: 'import.error.newerVersion', values: { found: e.found, supported: e.supported } }
    case 'tooLarge': {
      const values: Record<string, number> = { limit: e.limit, found: e.found }
      if (e.what === 'bytes') {
        values.limitMegabytes = Math.round(e.limit / MEGABYTE)
        values.foundMegabytes = Math.round((e.found / MEGABYTE) * 10) / 10
      }
      return { key: `import.error.tooLarge.${e.what}`, values }
    }
    case 'invalid':
      return { key: 'import.error.invalid', values: { count: e.issues.length, first: e.issues[0] ?? '', details: e.issues.join('\n') } }
    default:
      return assertNever(e)
  }
}

function assertNever(value: never): never {
  throw new Error(`Unknown import error: ${JSON.stringify(value)}`)
}
