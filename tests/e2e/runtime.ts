import { existsSync, readFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'

export type RuntimeKind = 'electron' | 'chromium'

export interface Runtime {
  readonly kind: RuntimeKind
  readonly executablePath: string
}

export interface RuntimeInputs {
  /** Where Electron's binary would be once downloaded; null when the electron package is not installed. */
  readonly electronBinary: string | null
  /** Chromium paths in order of preference; the first that exists wins. */
  readonly chromiumCandidates: readonly string[]
  readonly exists: (path: string) => boolean
  /** Forces one runtime (JOURNEYBOARD_E2E_RUNTIME), so CI can test the web build where both exist. */
  readonly only?: RuntimeKind
}

export const HOW_TO_GET_A_RUNTIME =
  "Install Chromium: sudo apt-get install -y chromium, or set CHROMIUM_PATH; or install Electron's binary with network access: npx electron --version"

export class NoRuntimeError extends Error {
  override readonly name = 'NoRuntimeError'
}

/** Electron when its binary is on disk (the real app), otherwise a system Chromium against the web build. */
export function chooseRuntime({ electronBinary, chromiumCandidates, exists, only }: RuntimeInputs): Runtime {
  if (only !== 'chromium' && electronBinary !== null && exists(electronBinary)) {
    return { kind: 'electron', executablePath: electronBinary }
  }
  if (only === 'electron') {
    throw new NoRuntimeError(
      `JOURNEYBOARD_E2E_RUNTIME=electron, but Electron's binary is not installed${electronBinary ? ` (looked for ${electronBinary})` : ''}. Install it with network access: npx electron --version`,
    )
  }
  const chromium = chromiumCandidates.find((candidate) => exists(candidate))
  if (chromium !== undefined) return { kind: 'chromium', executablePath: chromium }
  const looked = [electronBinary, ...chromiumCandidates].filter((path): path is string => path !== null)
  throw new NoRuntimeError(
    `No browser engine for the end-to-end tests: neither Electron's binary nor Chromium was found (looked for ${looked.join(', ') || 'nothing'}). ${HOW_TO_GET_A_RUNTIME}`,
  )
}

/**
 * Electron >= 42 downloads its binary the first time the module is imported, which fails offline
 * and would hang the tests; so this reads where the download puts it instead of importing electron.
 */
export function electronBinaryPath(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.ELECTRON_PATH) return env.ELECTRON_PATH
  const packageDir = join(projectRoot, 'node_modules', 'electron')
  if (!existsSync(join(packageDir, 'package.json'))) return null
  let relative: string
  try {
    relative = readFileSync(join(packageDir, 'path.txt'), 'utf8').trim()
  } catch {
    // path.txt is written by the download; before it, name where the binary would be on this platform.
    relative = defaultElectronRelativePath()
  }
  return join(packageDir, 'dist', relative)
}

function defaultElectronRelativePath(): string {
  if (process.platform === 'win32') return 'electron.exe'
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron'
  return 'electron'
}

export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  // An explicit CHROMIUM_PATH is the only candidate: quietly using another browser would hide a typo.
  if (env.CHROMIUM_PATH) return [env.CHROMIUM_PATH]
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => ['chromium', 'chromium-browser'].map((name) => join(dir, name)))
  return [...new Set(['/usr/bin/chromium', ...onPath])]
}

export function runtimeFromEnvironment(projectRoot: string, env: NodeJS.ProcessEnv = process.env): Runtime {
  const requested = env.JOURNEYBOARD_E2E_RUNTIME
  if (requested && requested !== 'electron' && requested !== 'chromium') {
    throw new NoRuntimeError(`JOURNEYBOARD_E2E_RUNTIME must be "electron" or "chromium", not "${requested}".`)
  }
  const only = requested === 'electron' || requested === 'chromium' ? requested : undefined
  return chooseRuntime({
    electronBinary: electronBinaryPath(projectRoot, env),
    chromiumCandidates: chromiumCandidates(env),
    exists: existsSync,
    ...(only ? { only } : {}),
  })
}
