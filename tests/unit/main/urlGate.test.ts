import { describe, expect, it } from 'vitest'
import { isSafeExternalUrl } from '../../../electron/main/urlGate'

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://example.com', true],
    ['https://example.com/path?q=1#frag', true],
    ['HTTPS://EXAMPLE.COM/', true],
    ['mailto:someone@example.com', true],
    ['mailto:someone@example.com?subject=Workshop', true],
    ['http://example.com', false],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['java\nscript:alert(1)', false],
    ['https://exa\tmple.com', false],
    ['file:///etc/passwd', false],
    ['file://server/share', false],
    ['smb://server/share', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox', false],
    ['ms-msdt:/id', false],
    ['slack://open', false],
    ['app://journeyboard/index.html', false],
    ['ftp://example.com', false],
    ['https://user:pass@example.com', false],
    ['https://example.com@evil.example', false],
    ['//example.com', false],
    ['example.com', false],
    ['https://', false],
    ['', false],
    ['not a url', false],
    ['https://' + 'a'.repeat(5000) + '.com', false],
  ])('%j -> %s', (url, expected) => {
    expect(isSafeExternalUrl(url)).toBe(expected)
  })

  it('refuses non-strings from untyped callers', () => {
    expect(isSafeExternalUrl(undefined as unknown as string)).toBe(false)
    expect(isSafeExternalUrl({ toString: () => 'https://x.com' } as unknown as string)).toBe(false)
  })
})
