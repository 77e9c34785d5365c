import { describe, expect, it } from 'vitest'
import { CURRENT_FORMAT_VERSION, LIMITS, describeImportError, loadEnvelope, parseJourneyFile } from '../../../src/format'
import type { ImportError } from '../../../src/format'
import { expectError, fixtureText, sampleFile } from './helpers'

describe('parseJourneyFile refuses what it cannot read', () => {
  it('says notJson, with the parser message, for a truncated file', () => {
    const error = expectError(parseJourneyFile(fixtureText.slice(0, fixtureText.length / 2)))
    expect(error.kind).toBe('notJson')
    expect(error.kind === 'notJson' && error.message.length).toBeGreaterThan(0)
  })

  it('says notJson for an empty file', () => {
    expect(expectError(parseJourneyFile('')).kind).toBe('notJson')
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

  it('refuses too many records', () => {
    const file = sampleFile()
    file.document.cards = Array.from({ length: LIMITS.records + 1 }, () => 0)
    expect(expectError(loadEnvelope(file))).toMatchObject({ kind: 'tooLarge', what: 'records', limit: LIMITS.records })
  })

  it('refuses a string longer than any field could need', () => {
    const file = sampleFile()
    file.document.cards[0].text = 'x'.repeat(LIMITS.anyString + 1)
    expect(expectError(loadEnvelope(file))).toEqual({ kind: 'tooLarge', what: 'string', limit: LIMITS.anyString, found: LIMITS.anyString + 1 })
  })

  it('calls a long card text invalid, naming the field', () => {
    const file = sampleFile()
    file.document.cards[3].text = 'x'.repeat(LIMITS.stringLength + 1)
    expect(expectError(loadEnvelope(file))).toEqual({ kind: 'invalid', issues: [`document.cards[3].text: longer than ${LIMITS.stringLength} characters`] })
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

describe('invalid content is described in plain words', () => {
  it('rejects 1e400 (Infinity once parsed) as invalid instead of crashing', () => {
    const text = fixtureText.replace('"width": 260', '"width": 1e400')
    expect(text).not.toBe(fixtureText)
    expect(expectError(parseJourneyFile(text))).toEqual({ kind: 'invalid', issues: ['document.steps[1].width: expected a finite number'] })
  })

  it('names each bad field with its path', () => {
    const file = sampleFile()
    file.document.cards[3].text = 42
    file.document.cards[0].sentiment = 'ecstatic'
    delete file.document.lanes[1].kind
    file.document.cards[2].place.kind = 'floating'
    file.document.stages[0].color = 'red'
    file.document.cards[1].place.span = 0
    const error = expectError(loadEnvelope(file))
    expect(error.kind).toBe('invalid')
    if (error.kind !== 'invalid') return
    expect(error.issues).toEqual(
      expect.arrayContaining([
        'document.cards[3].text: expected text',
        'document.cards[0].sentiment: expected "positive" or "friction" or "decision" or "neutral"',
        'document.lanes[1].kind: missing',
        'document.cards[2].place.kind: expected "cell" or "free"',
        'document.stages[0].color: expected a colour like #1a2b3c',
        'document.cards[1].place.span: expected at least 1',
      ]),
    )
    expect(error.issues).toHaveLength(6)
  })

  it('rejects free cards beyond the coordinate cap', () => {
    const file = sampleFile()
    file.document.cards[0].place = { kind: 'free', x: LIMITS.coordinate * 2, y: 0, width: 100, height: 100 }
    expect(expectError(loadEnvelope(file))).toEqual({ kind: 'invalid', issues: [`document.cards[0].place.x: expected at most ${LIMITS.coordinate}`] })
  })

  it('lists at most 20 problems and counts the rest', () => {
    const file = sampleFile()
    file.document.cards = Array.from({ length: 30 }, () => ({ id: 'c', place: { kind: 'free', x: 0, y: 0, width: 1, height: 1 }, text: 7 }))
    const error = expectError(loadEnvelope(file))
    expect(error.kind === 'invalid' && error.issues.length).toBe(21)
    expect(error.kind === 'invalid' && error.issues[20]).toBe('…and 10 more problems')
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
