import { isAbsolute, resolve } from 'node:path'

const MAP_EXTENSION = '.journey'

/**
 * The .journey files a launch asks to open. Windows and Linux pass them on the command line (and
 * Chromium appends its own --switches there in `second-instance`); macOS uses `open-file` instead.
 * Relative paths are resolved against the launching shell's folder when it is known.
 */
export function filesFromArgv(argv: readonly string[], workingDirectory?: string): string[] {
  const files: string[] = []
  // argv[0] is the executable; in an unpackaged run argv[1] is the app folder, which never ends in .journey.
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue
    if (!arg.toLowerCase().endsWith(MAP_EXTENSION)) continue
    const path = workingDirectory && !isAbsolute(arg) ? resolve(workingDirectory, arg) : arg
    if (!files.includes(path)) files.push(path)
  }
  return files
}
