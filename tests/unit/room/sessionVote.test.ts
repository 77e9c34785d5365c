import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { defaultVoteSettings } from '../../../src/domain/facilitation'
import { observeSessionVote, readSessionVote, writeSessionVote, type SessionVote } from '../../../src/room/sessionVote'
import { ROOM_DOC } from '../../../src/room/types'
import { linkedDocs } from './rooms'

const settings = { ...defaultVoteSettings(), votesPerPerson: 3, capPerCard: 2 }
const open: SessionVote = { status: 'open', settings, eligible: ['c1', 'c2'], startedAt: 1_000 }

describe('the room’s vote in the shared session', () => {
  it('reaches a participant open, then revealed, then hidden', () => {
    const [hostDoc, phoneDoc] = linkedDocs()
    const seen: (SessionVote | null)[] = []
    observeSessionVote(phoneDoc, (vote) => seen.push(vote))
    writeSessionVote(hostDoc, open)
    writeSessionVote(hostDoc, { status: 'revealed', totals: { c1: 4, c2: 1 } })
    writeSessionVote(hostDoc, null)
    expect(seen).toEqual([null, open, { status: 'revealed', totals: { c1: 4, c2: 1 } }, null])
  })

  it('never holds a ballot, even when the caller hands one over', () => {
    const doc = new Y.Doc()
    const leaky = { ...open, ballots: { p1: { c1: 2 } }, mine: { c1: 2 } } as unknown as SessionVote
    writeSessionVote(doc, leaky)
    const stored = JSON.stringify(doc.getMap(ROOM_DOC.session).toJSON())
    expect(stored).not.toContain('ballots')
    expect(stored).not.toContain('p1')
    expect(stored).not.toContain('mine')
    writeSessionVote(doc, { status: 'revealed', totals: { c1: 3 }, ballots: { p1: { c1: 2 } } } as unknown as SessionVote)
    expect(JSON.stringify(doc.getMap(ROOM_DOC.session).toJSON())).not.toContain('p1')
  })

  it('reads only the public fields of whatever a client wrote', () => {
    expect(readSessionVote({ ...open, ballots: { p1: { c1: 1 } } })).toEqual(open)
    expect(readSessionVote({ status: 'revealed', totals: { c1: 2, bad: -1, 'x y': 3, c2: 1.5 } })).toEqual({ status: 'revealed', totals: { c1: 2 } })
    expect(readSessionVote({ status: 'open', eligible: 'c1', settings, startedAt: 1 })).toBeNull()
    expect(readSessionVote({ status: 'open', eligible: [], settings, startedAt: Number.NaN })).toBeNull()
    expect(readSessionVote({ status: 'open', eligible: ['c1'], settings: { votesPerPerson: 999 }, startedAt: 1 })?.status).toBe('open')
    expect(readSessionVote('open')).toBeNull()
    expect(readSessionVote(null)).toBeNull()
    expect(readSessionVote({ status: 'counting' })).toBeNull()
  })
})
