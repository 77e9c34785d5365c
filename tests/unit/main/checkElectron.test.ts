import { describe, expect, it } from 'vitest'
import { checkElectron } from '../../../scripts/checkElectron.mjs'

function run(locate: () => string, exists: (path: string) => boolean) {
  const said: string[] = []
  const code = checkElectron({ locate, exists, report: (lines) => said.push(...lines) })
  return { code, text: said.join('\n') }
}

describe('npm start checks for Electron first', () => {
  it('says nothing and lets the app start when the binary is there', () => {
    expect(run(() => '/opt/electron/electron', () => true)).toEqual({ code: 0, text: '' })
  })

  it('explains a failed download and offers the browser instead, exiting non-zero', () => {
    const { code, text } = run(
      () => {
        throw new Error('getaddrinfo ENOTFOUND github.com')
      },
      () => true,
    )
    expect(code).toBe(1)
    expect(text).toContain('could not be downloaded')
    expect(text).toContain('Connect this computer to the internet once')
    expect(text).toContain('npm run web')
    expect(text).toContain('ENOTFOUND')
    expect(text).not.toContain('Electron uninstall')
  })

  it('says the same when the package names a binary that is not on disk', () => {
    const { code, text } = run(
      () => '/nowhere/electron',
      () => false,
    )
    expect(code).toBe(1)
    expect(text).toContain('npm run web')
    expect(text).toContain('/nowhere/electron')
  })
})
