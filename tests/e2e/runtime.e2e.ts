import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { chooseRuntime, chromiumCandidates, electronBinaryPath, HOW_TO_GET_A_RUNTIME, NoRuntimeError } from './runtime'

const electronBinary = '/repo/node_modules/electron/dist/electron'
const chromiumCandidates_ = ['/usr/bin/chromium', '/opt/bin/chromium-browser']
const existing = (...paths: string[]) => (path: string) => paths.includes(path)

describe('chooseRuntime', () => {
  it('prefers Electron when its downloaded binary exists', () => {
    const runtime = chooseRuntime({ electronBinary, chromiumCandidates: chromiumCandidates_, exists: existing(electronBinary, '/usr/bin/chromium') })
    expect(runtime).toEqual({ kind: 'electron', executablePath: electronBinary })
  })

  it('falls back to the first Chromium that exists when Electron was never downloaded', () => {
    const runtime = chooseRuntime({ electronBinary, chromiumCandidates: chromiumCandidates_, exists: existing('/opt/bin/chromium-browser') })
    expect(runtime).toEqual({ kind: 'chromium', executablePath: '/opt/bin/chromium-browser' })
  })

  it('uses Chromium when the electron package is not installed at all', () => {
    const runtime = chooseRuntime({ electronBinary: null, chromiumCandidates: chromiumCandidates_, exists: existing('/usr/bin/chromium') })
    expect(runtime.kind).toBe('chromium')
  })

  it('throws with the how-to when neither exists, instead of skipping', () => {
    const choose = () => chooseRuntime({ electronBinary, chromiumCandidates: chromiumCandidates_, exists: existing() })
    expect(choose).toThrow(NoRuntimeError)
    expect(choose).toThrow(HOW_TO_GET_A_RUNTIME)
    expect(HOW_TO_GET_A_RUNTIME).toContain('sudo apt-get install -y chromium')
    expect(HOW_TO_GET_A_RUNTIME).toContain('CHROMIUM_PATH')
    expect(HOW_TO_GET_A_RUNTIME).toContain('npx electron --version')
  })

  it('honours a forced runtime', () => {
    const both = existing(electronBinary, '/usr/bin/chromium')
    expect(chooseRuntime({ electronBinary, chromiumCandidates: chromiumCandidates_, exists: both, only: 'chromium' }).kind).toBe('chromium')
    expect(() => chooseRuntime({ electronBinary, chromiumCandidates: chromiumCandidates_, exists: existing('/usr/bin/chromium'), only: 'electron' })).toThrow(
      /npx electron --version/,
    )
  })
})

describe('where the runtimes are looked for', () => {
  it('takes ELECTRON_PATH over the installed package', () => {
    expect(electronBinaryPath('/nowhere', { ELECTRON_PATH: '/x/electron' })).toBe('/x/electron')
  })

  it('reports no Electron when the package is not installed', () => {
    expect(electronBinaryPath('/nowhere', {})).toBeNull()
  })

  it('looks for the binary under node_modules/electron/dist, without importing electron', () => {
    const root = join(__dirname, '..', '..')
    const path = electronBinaryPath(root, {})
    expect(path).toContain(join('node_modules', 'electron', 'dist'))
  })

  it('uses CHROMIUM_PATH alone when it is set, so a typo fails instead of picking another browser', () => {
    expect(chromiumCandidates({ CHROMIUM_PATH: '/x/chrome', PATH: '/usr/bin' })).toEqual(['/x/chrome'])
  })

  it('tries /usr/bin/chromium, then chromium and chromium-browser on PATH', () => {
    expect(chromiumCandidates({ PATH: '/a:/b' })).toEqual(['/usr/bin/chromium', '/a/chromium', '/a/chromium-browser', '/b/chromium', '/b/chromium-browser'])
  })
})
