import { describe, expect, it } from 'vitest'
import { CURRENT_FORMAT_VERSION, LIMITS, describeImportError, loadEnvelope, parseJourneyFile } from '../../../src/format'
import type { ImportError } from '../../../src/format'
import { expectError, fixtureText, sampleFile } from './helpers'

describe('parseJourneyFile refuses what it cannot read', () => {
  it('calls a cut-off Journeyboard file incomplete, not "not a Journeyboard file", and keeps the parser out of the words', () => {
    const error = expectError(parseJourneyFile(fixtureText.slice(0, fixtureText.length / 2)))
    expect(error).toMatchObject({ kind: 'notJson', journeyboard: true, truncated: true })
    expect(error.kind === 'notJson' && error.message.length).toBeGreaterThan(0)
    expect(describeImportError(error).key).toBe('import.error.truncated')
  })

  it('calls a Journeyboard file broken in the middle damaged', () => {
    const error = expectError(parseJourneyFile(fixtureText.replace('"formatVersion"', '"formatVersion" "')))
    expect(error).toMatchObject({ kind: 'notJson', journeyboard: true, truncated: false })
    expect(describeImportError(error).key).toBe('import.error.damaged')
  })

  it('says notJson for an empty file or text that is not ours', () => {
    expect(expectError(parseJourneyFile('')).kind).toBe('notJson')
    expect(describeImportError(expectError(parseJourneyFile('hello {'))).key).toBe('import.error.notJson')
  })

  it('says notJourneyboard for JSON that is something else', () => {
    for (const text of ['[]', '42', 'null', '"journeyboard"', '{"type":"tldraw","formatVersion":1}', '{}']) {
      expect(expectError(parseJourneyFile(text))).toEqual({ kind: 'notJourneyboard' })
    }
  })

  it('refuses a file over the size cap before parsing it', () => {
    const text = ' '.repeat(LIMITS.bytes + 1)
    expect(expectError(parseJourneyFile(text))).toEqual({ kind: 'tooLarge', what: 'bytes', limit: LIMITS.bytes, found: LIMITS.bytes + 1 })
  })

  it('refuses a depth bomb 100,000 levels deep without throwing', () => {
    const depth = 100_000
    const text = `{"type":"journeyboard","formatVersion":1,"document":${'['.repeat(depth)}${']'.repeat(depth)}}`
    const error = expectError(parseJourneyFile(text))
    expect(error).toMatchObject({ kind: 'tooLarge', what: 'depth', limit: LIMITS.depth })
  })

  it('refuses a file with more entries than any map holds, counting object keys like list items', () => {
    const file = sampleFile()
    file.document.cards = Array.from({ length: LIMITS.entries + 1 }, () => 0)
    expect(expectError(loadEnvelope(file))).toMatchObject({ kind: 'tooLarge', what: 'records', limit: LIMITS.entries })
  })

  it('refuses one object with more keys than any record has', () => {
    const file = sampleFile()
    file.document.cards[0].extra = Object.fromEntries(Array.from({ length: LIMITS.keysPerObject + 1 }, (_, i) => [`k${i}`, i]))
    expect(expectError(loadEnvelope(file))).toEqual({ kind: 'tooLarge', what: 'keys', limit: LIMITS.keysPerObject, found: LIMITS.keysPerObject + 1 })
  })

  it('refuses a string longer than any field could need', () => {
    const file = sampleFile()
    file.document.cards[0].text = 'x'.repeat(LIMITS.anyString + 1)
    expect(expectError(loadEnvelope(file))).toEqual({ kind: 'tooLarge', what: 'string', limit: LIMITS.anyString, found: LIMITS.anyString + 1 })
  })
})

describe('versions', () => {
  it('refuses a file from a newer format before validating it', () => {
    const text = JSON.stringify({ type: 'journeyboard', formatVersion: CURRENT_FORMAT_VERSION + 1, document: { shape: 'unknown to us' } })
    expect(expectError(parseJourneyFile(text))).toEqual({ kind: 'newerVersion', found: CURRENT_FORMAT_VERSION + 1, supported: CURRENT_FORMAT_VERSION })
  })

  it.each([undefined, 0, -1, 1.5, '1', null, Infinity])('calls formatVersion %s invalid', (formatVersion) => {
    const file = sampleFile()
    file.formatVersion = formatVersion
    expect(expectError(loadEnvelope(file))).toEqual({ kind: 'invalid', issues: ['formatVersion: expected a whole number of 1 or more'] })
  })
})

describe('describeImportError', () => {
  it('gives an i18n key and values for every kind', () => {
    const cases: [ImportError, string, Record<string, string | number>][] = [
      [{ kind: 'notJson', message: 'Unexpected end' }, 'import.error.notJson', { message: 'Unexpected end' }],
      [{ kind: 'notJourneyboard' }, 'import.error.notJourneyboard', {}],
      [{ kind: 'newerVersion', found: 3, supported: 1 }, 'import.error.newerVersion', { found: 3, supported: 1 }],
      [{ kind: 'tooLarge', what: 'depth', limit: 32, found: 33 }, 'import.error.tooLarge.depth', { limit: 32, found: 33 }],
      [
        { kind: 'tooLarge', what: 'bytes', limit: 50 * 1024 * 1024, found: 60 * 1024 * 1024 },
        'import.error.tooLarge.bytes',
        { limit: 50 * 1024 * 1024, found: 60 * 1024 * 1024, limitMegabytes: 50, foundMegabytes: 60 },
      ],
      [{ kind: 'invalid', issues: ['a: missing', 'b: expected text'] }, 'import.error.invalid', { count: 2, first: 'a: missing', details: 'a: missing\nb: expected text' }],
    ]
    for (const [error, key, values] of cases) expect(describeImportError(error)).toEqual({ key, values })
  })
})
