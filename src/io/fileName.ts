const MAX_NAME = 100
// Characters no common file system accepts in a name, plus controls and bidi overrides (a name
// shown in a save dialog must read as what it is).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069<>:"/\\|?*]+/g

export type ExportExtension = 'journey' | 'csv' | 'md' | 'png' | 'svg' | 'pdf'

/** A file name for a map's export: its title made safe for every platform, or a neutral name. */
export function fileNameFor(title: string, extension: ExportExtension): string {
  const base = title
    .replace(UNSAFE, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // Windows drops trailing dots and spaces, and a leading dot hides the file on macOS and Linux.
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, MAX_NAME)
  return `${base || 'journey-map'}.${extension}`
}
