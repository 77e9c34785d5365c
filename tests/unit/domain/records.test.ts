import { describe, expect, it } from 'vitest'
import { mapRecords, putRecord, putRecords, recordOrigin, removeRecords } from '../../../src/domain/records'

type Item = { readonly id: string; readonly n: number }
const item = (id: string, n = 0): Item => ({ id, n })
const byId = (items: readonly Item[]) => Object.fromEntries(items.map((i) => [i.id, i])) as Readonly<Record<string, Item>>

describe('record maps', () => {
  it('put and remove copy the map: keys keep their order, a new one comes last, the original is untouched', () => {
    const base = byId([item('b'), item('a'), item('c')])
    const put = putRecord<string, Item>(base, 'a', item('a', 1))
    expect(Object.keys(put)).toEqual(['b', 'a', 'c'])
    expect(put.a).toEqual(item('a', 1))
    expect(base.a).toEqual(item('a'))
    const more = putRecords<string, Item>(put, [item('d'), item('b', 2)])
    expect(Object.keys(more)).toEqual(['b', 'a', 'c', 'd'])
    expect(more.b?.n).toBe(2)
    expect(Object.keys(removeRecords<string, Item>(more, ['a', 'missing']))).toEqual(['b', 'c', 'd'])
    expect(Object.keys(mapRecords<string, Item>(more, (i) => (i.id === 'c' ? item('c', 3) : i)))).toEqual(['b', 'a', 'c', 'd'])
    // Nothing changed: the same map.
    expect(putRecord<string, Item>(more, 'd', more.d!)).toBe(more)
    expect(removeRecords<string, Item>(more, ['missing'])).toBe(more)
  })

  it('keeps an id like "__proto__" a key of its own, never the prototype', () => {
    const hostile = JSON.parse('{"__proto__": {"id": "__proto__", "n": 0}, "a": {"id": "a", "n": 0}}') as Record<string, Item>
    for (const next of [putRecord<string, Item>(hostile, 'a', item('a', 1)), putRecords<string, Item>(hostile, [item('a', 1)]), removeRecords<string, Item>(hostile, ['a']), mapRecords<string, Item>(hostile, (i) => ({ ...i, n: 5 }))]) {
      expect(Object.getPrototypeOf(next)).toBe(Object.prototype)
      expect(Object.hasOwn(next, '__proto__')).toBe(true)
    }
    const added = putRecord<string, Item>(byId([item('a')]), '__proto__', item('__proto__', 7))
    expect(Object.getPrototypeOf(added)).toBe(Object.prototype)
    expect(Object.keys(added)).toEqual(['a', '__proto__'])
  })

  it('remembers what a put was made from and what it put, for indexes brought up to date from it', () => {
    const base = byId([item('a'), item('b')])
    const one = putRecord<string, Item>(base, 'b', item('b', 1))
    expect(recordOrigin(one)).toEqual({ from: base, put: [item('b', 1)] })
    const two = putRecords<string, Item>(one, [item('c')])
    expect(recordOrigin(two)).toEqual({ from: one, put: [item('c')] })
    expect(recordOrigin(removeRecords<string, Item>(two, ['a']))).toBeUndefined()
  })
})
