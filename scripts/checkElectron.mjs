// Run by `npm start` before anything else: Electron fetches its binary the first time it is used,
// and where that download cannot happen electron-vite only says "Error: Electron uninstall".
// This says what happened and what to do instead, and exits non-zero.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

export const ELECTRON_MISSING = [
  "Journeyboard cannot start as a desktop app: Electron's program is not on this computer, and it",
  'could not be downloaded (Electron fetches it the first time it runs).',
  '',
  'What you can do:',
  '  - Connect this computer to the internet once and run `npm start` again; after that the app',
  '    starts offline.',
  '  - Or use Journeyboard in your browser now, no download needed: `npm run web`, then open',
  '    http://127.0.0.1:5199',
]

/** Asks the electron package for its binary in a child process (which downloads it when missing). */
function locateElectron() {
  const child = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], { encoding: 'utf8', timeout: 300_000, stdio: ['ignore', 'pipe', 'pipe'] })
  // The downloader's stack trace helps no one; its first line ("fetch failed") says enough.
  const first = (child.stderr ?? '').split('\n').find((line) => line.trim() !== '' && !line.startsWith('Downloading'))
  if (child.status !== 0 || !child.stdout) throw new Error(child.error ? child.error.message : (first ?? `exit ${child.status}`))
  return child.stdout
}

/**
 * 0 when Electron's binary is there (or was just fetched), else 1 after telling the person why and
 * what to do. `deps` are injected by the tests.
 */
export function checkElectron(deps = { locate: locateElectron, exists: existsSync, report: (lines) => console.error(lines.join('\n')) }) {
  let path
  try {
    path = deps.locate()
  } catch (error) {
    deps.report([...ELECTRON_MISSING, '', `(${error instanceof Error ? error.message : String(error)})`])
    return 1
  }
  if (!deps.exists(path)) {
    deps.report([...ELECTRON_MISSING, '', `(not found: ${path})`])
    return 1
  }
  return 0
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = checkElectron()
