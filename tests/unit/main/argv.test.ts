import { describe, expect, it } from 'vitest'
import { filesFromArgv } from '../../../electron/main/argv'
import { APP_ORIGIN, APP_SCHEME_PRIVILEGES, originOf, trustedOrigins } from '../../../electron/main/appOrigin'

describe('filesFromArgv', () => {
  it('keeps .journey paths and drops the executable, switches and other files', () => {
    expect(
      filesFromArgv([
        '/opt/Journeyboard/journeyboard',
        '--no-sandbox',
        '--allow-file-access-from-files',
        '/home/me/maps/onboarding.journey',
        '/home/me/notes.txt',
        'C:\\Users\\me\\Retail.JOURNEY',
      ]),
    ).toEqual(['/home/me/maps/onboarding.journey', 'C:\\Users\\me\\Retail.JOURNEY'])
  })

  it('skips the app folder in an unpackaged run and ignores the executable even if it ends in .journey', () => {
    expect(filesFromArgv(['/x/electron', '.', 'a.journey'])).toEqual(['a.journey'])
    expect(filesFromArgv(['/weird/app.journey'])).toEqual([])
  })

  it('resolves relative paths against the launching folder and removes duplicates', () => {
    expect(filesFromArgv(['exe', 'maps/a.journey', '/abs/b.journey', 'maps/a.journey'], '/home/me')).toEqual(['/home/me/maps/a.journey', '/abs/b.journey'])
  })

  it('returns nothing for an empty or plain launch', () => {
    expect(filesFromArgv([])).toEqual([])
    expect(filesFromArgv(['/opt/Journeyboard/journeyboard'])).toEqual([])
  })
})

describe('app origin', () => {
  it('is app://journeyboard, for good', () => {
    expect(APP_ORIGIN).toBe('app://journeyboard')
    expect(originOf('app://journeyboard/index.html')).toBe(APP_ORIGIN)
    expect(originOf('nonsense')).toBeNull()
    expect(originOf('file:///etc/passwd')).toBeNull()
    expect([...trustedOrigins(undefined)]).toEqual([APP_ORIGIN])
    expect([...trustedOrigins('http://localhost:5173/')]).toEqual([APP_ORIGIN, 'http://localhost:5173'])
  })

  it('registers the scheme as standard, secure, fetchable and streamable, without CORS', () => {
    expect(APP_SCHEME_PRIVILEGES).toStrictEqual({ standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: true })
  })
})
