/**
 * Where the desktop app keeps its data, written the way the person would type it on their
 * system (~, %APPDATA%) rather than as an absolute path: main does not hand the page paths that
 * name the home folder, and this still tells people which folder to back up (see the README).
 * Null where the data lives in a browser, not a folder.
 */
export function dataFolderHint(platform: string): string | null {
  switch (platform) {
    case 'win32':
      return '%APPDATA%\\Journeyboard'
    case 'darwin':
      return '~/Library/Application Support/Journeyboard'
    case 'linux':
    case 'freebsd':
    case 'openbsd':
      return '~/.config/Journeyboard'
    default:
      return null
  }
}
