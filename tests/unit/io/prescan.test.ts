import { describe, expect, it } from 'vitest'
import { LIMITS } from '../../../src/domain'
import { exportJson, readImport } from '../../../src/io'
import { prescanJson } from '../../../src/io/prescan'
import { sanitize } from '../../../src/format/sanitize'
import { buildSampleDoc } from '../domain/helpers'
import { APP, TITLES, expectFailure, expectImported } from './helpers'

const SMALL = { depth: 4, entries: 10, keysPerObject: 3 }

/** An object of `count` keys as text, with each value `value`. */
function objectText(count: number, value = '0'): string {
  return `{${Array.from({ length: count }, (_, i) => `"k${i}":${value}`).join(',')}}`
}

describe('prescanJson: the limits, counted on the text before JSON.parse', () => {
  it('lets through what is inside the limits, and a real map file', () => {
    expect(prescanJson('{"a":1,"b":[1,2,3],"c":{"d":null}}', SMALL)).toBeNull()
    expect(prescanJson('[]', SMALL)).toBeNull()
    expect(prescanJson('{}', SMALL)).toBeNull()
    expect(prescanJson(exportJson(buildSampleDoc().doc, APP))).toBeNull()
  })

  it('counts the keys of an object nested deep inside, and says how many it has', () => {
    expect(prescanJson(`{"a":{"b":[${objectText(3)}]}}`, SMALL)).toBeNull()
    expect(prescanJson(`{"a":{"b":[${objectText(4)}]}}`, SMALL)).toEqual({ kind: 'tooLarge', what: 'keys', limit: 3, found: 4 })
    // The whole object is counted for the message, including keys whose values are objects and arrays.
    expect(prescanJson(`[{"x":1,"y":{"p":1,"q":2},"z":[1,2,3],"w":"}"}]`, { ...SMALL, entries: 100 })).toEqual({ kind: 'tooLarge', what: 'keys', limit: 3, found: 4 })
  })

  it('counts array items and object keys together against the total, as sanitize does', () => {
    const text = '{"a":[1,2,3],"b":[4,5,6],"c":[7,8]}'
    // 3 keys and 8 items: 11 entries.
    expect(prescanJson(text, { ...SMALL, entries: 11 })).toBeNull()
    expect(prescanJson(text, { ...SMALL, entries: 10 })).toEqual({ kind: 'tooLarge', what: 'records', limit: 10, found: 11 })
  })

  it('refuses nesting past the depth limit', () => {
    expect(prescanJson('[[[[1]]]]', SMALL)).toBeNull()
    expect(prescanJson('[[[[[1]]]]]', SMALL)).toEqual({ kind: 'tooLarge', what: 'depth', limit: 4, found: 5 })
  })

  it('ignores commas, brackets and quotes inside strings, escaped quotes and backslashes included', () => {
    expect(prescanJson('{"a":"x,y,z,w,[{","b":"say \\"hi\\", {[,,,]}","c":"ends in a backslash \\\\"}', SMALL)).toBeNull()
    // After an escaped backslash the quote does end the string: the keys after it count.
    expect(prescanJson('{"a":"\\\\","b":1,"c":2,"d":3}', SMALL)).toEqual({ kind: 'tooLarge', what: 'keys', limit: 3, found: 4 })
    expect(prescanJson('{"a,b,c,d,e":1,"\\",x,y,z":2}', SMALL)).toBeNull()
  })

  it('stops at the limit instead of reading on through the file', () => {
    // Past the limit the text is not JSON at all: a scan that read on would not matter, one that
    // parsed it would fail with notJson rather than tooLarge.
    const text = `[${Array.from({ length: 20 }, () => '1').join(',')}, this is not json`
    expect(prescanJson(text, SMALL)).toEqual({ kind: 'tooLarge', what: 'records', limit: 10, found: 11 })
    // Depth is refused at the first bracket past it, however deep the file goes on.
    expect(prescanJson('['.repeat(100_000), SMALL)).toEqual({ kind: 'tooLarge', what: 'depth', limit: 4, found: 5 })
  })

  it('leaves text that is not JSON to JSON.parse', () => {
    expect(prescanJson('{"a": "never closed', SMALL)).toBeNull()
    expect(prescanJson('}}]]', SMALL)).toBeNull()
    expect(expectFailure(readImport('half.journey', '{"type": "journeyboard", "a": "x', TITLES)).kind).toBe('notJson')
  })
})

describe('readImport refuses a file over the limits before parsing it', () => {
  it('gives the keys-per-object refusal for an object with far more keys than the limit, quickly', () => {
    const base = exportJson(buildSampleDoc().doc, APP)
    const count = 300_000
    const extra = objectText(count)
    const text = base.replace('"type"', `"extra":${extra},"type"`)
    const started = performance.now()
    const error = expectFailure(readImport('keys.journey', text, TITLES))
    const ms = performance.now() - started
    expect(error).toEqual({ kind: 'tooLarge', what: 'keys', limit: LIMITS.keysPerObject, found: count })
    // The same refusal sanitize gives after a full parse, so the person reads the same message.
    expect(sanitize(JSON.parse(text))).toEqual({ ok: false, error })
    // Generous for a loaded machine: the parse-and-count path this replaces takes several times as long.
    expect(ms).toBeLessThan(2000)
  })

  it('still imports a map file that starts with a BOM', () => {
    const text = `\uFEFF${exportJson(buildSampleDoc().doc, APP)}`
    expect(expectImported(readImport('bom.journey', text, TITLES)).source).toBe('journey')
  })
})
