import { describe, expect, it } from 'vitest'
import { CURRENT_FORMAT_VERSION, MIGRATIONS, Versions, runMigrations } from '../../../src/format'
import type { MigrationStep } from '../../../src/format'
import { loadWith } from '../../../src/format'
import { expectError, expectLoaded, sampleFile } from './helpers'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations work on unchecked data
type Json = any

const log: string[] = []
const addVotes: MigrationStep = {
  version: 2,
  name: 'addVotes',
  up: (d: Json) => {
    log.push('addVotes')
    return { ...d, cards: d.cards.map((c: Json) => ({ ...c, votes: 0 })) }
  },
}
const countVotes: MigrationStep = {
  version: 3,
  name: 'countVotes',
  up: (d: Json) => {
    log.push('countVotes')
    // Depends on addVotes having run first.
    return { ...d, cards: d.cards.map((c: Json) => ({ ...c, votes: c.votes + 1 })) }
  },
}

describe('the version list', () => {
  it('makes the current version the highest named one', () => {
    expect(CURRENT_FORMAT_VERSION).toBe(Math.max(...Object.values(Versions)))
    expect(Versions.Initial).toBe(1)
  })

  it('has exactly one up-step for every version after the first, named', () => {
    expect(MIGRATIONS.map((s) => [s.version, s.name])).toEqual([
      [2, 'cardShape'],
      [3, 'facilitation'],
      [4, 'actions'],
      [5, 'cardText'],
    ])
    expect(CURRENT_FORMAT_VERSION).toBe(5)
  })
})

describe('the real steps, on the v1 fixture', () => {
  it('cardShape gives every v1 card the note shape as data, before any schema default could', () => {
    const result = runMigrations(sampleFile().document, 1)
    expect(result.ok && result.value.ran).toEqual(['cardShape', 'facilitation', 'actions', 'cardText'])
    const cards = (result.ok ? (result.value.document as Json).cards : []) as Json[]
    expect(cards).toHaveLength(8)
    expect(cards.every((c) => c.shape === 'note')).toBe(true)
  })

  it('cardShape keeps a shape a card already has and copes with a table that is not a list', () => {
    const kept = runMigrations({ cards: [{ id: 'a', shape: 'ellipse' }, 'junk'] }, 1, Versions.CardShape)
    expect(kept.ok && kept.value.document).toEqual({ cards: [{ id: 'a', shape: 'ellipse' }, 'junk'] })
    expect(runMigrations({ cards: 'nope' }, 1).ok).toBe(true)
  })

  it('loads the v1 fixture as migrated from version 1 with nothing to repair', () => {
    const loaded = expectLoaded(loadWith(sampleFile(), MIGRATIONS))
    expect(loaded.migratedFrom).toBe(1)
    expect(loaded.repairs).toEqual([])
  })
})

describe('runMigrations', () => {
  it('runs a v0 to v1 step', () => {
    const step: MigrationStep = { version: 1, name: 'fromPrototype', up: (d) => ({ ...d, migrated: true }) }
    const result = runMigrations({ cards: [] }, 0, 1, [step])
    expect(result).toEqual({ ok: true, value: { document: { cards: [], migrated: true }, ran: ['fromPrototype'] } })
  })

  it('runs the steps in version order, whatever order they are listed in', () => {
    log.length = 0
    const result = runMigrations({ cards: [{ id: 'a' }] }, 1, 3, [countVotes, addVotes])
    expect(result).toEqual({ ok: true, value: { document: { cards: [{ id: 'a', votes: 1 }] }, ran: ['addVotes', 'countVotes'] } })
    expect(log).toEqual(['addVotes', 'countVotes'])
  })

  it('runs only the steps after the file version', () => {
    log.length = 0
    const result = runMigrations({ cards: [{ id: 'a', votes: 5 }] }, 2, 3, [addVotes, countVotes])
    expect(result.ok && result.value.ran).toEqual(['countVotes'])
    expect(log).toEqual(['countVotes'])
  })

  it('runs nothing for a current file', () => {
    expect(runMigrations({ a: 1 }, 1, 1, [addVotes])).toEqual({ ok: true, value: { document: { a: 1 }, ran: [] } })
  })

  it('reports a missing step instead of skipping it', () => {
    expect(expectError(runMigrations({}, 1, 3, [countVotes]))).toEqual({
      kind: 'invalid',
      issues: ['formatVersion: no way to update a version 1 file to version 3'],
    })
  })

  it('reports a step that throws on odd data', () => {
    expect(expectError(runMigrations({ cards: 'not a list' }, 1, 2, [addVotes]))).toMatchObject({ kind: 'invalid' })
    expect(expectError(runMigrations([], 1, 2, [addVotes]))).toEqual({ kind: 'invalid', issues: ['document: expected an object'] })
  })
})

describe('loading an older file', () => {
  it('migrates, then validates and normalizes, and says where it came from', () => {
    const { doc, migratedFrom, repairs } = expectLoaded(loadWith(sampleFile(), [addVotes, countVotes], 3))
    expect(migratedFrom).toBe(1)
    expect(repairs).toEqual([])
    expect(Object.values(doc.cards).map((c) => (c as unknown as { votes: number }).votes)).toEqual(Array(8).fill(1))
  })

  it('brings what a step produced into the current schema, repairing and reporting what it cannot use', () => {
    const breaks: MigrationStep = { version: 2, name: 'breaks', up: (d: Json) => ({ ...d, cards: [{ id: 'x' }] }) }
    const { doc, repairs } = expectLoaded(loadWith(sampleFile(), [breaks], 2))
    expect(Object.values(doc.cards)).toMatchObject([{ id: 'x', place: { kind: 'free' } }])
    expect(repairs.find((r) => r.kind === 'resetFields')?.where).toEqual(['cards[0].place'])
  })

  it('refuses a file newer than the running version', () => {
    const file = { ...sampleFile(), formatVersion: 3 }
    expect(expectError(loadWith(file, [addVotes], 2))).toEqual({ kind: 'newerVersion', found: 3, supported: 2 })
  })
})
