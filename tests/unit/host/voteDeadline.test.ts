import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openBallotBox } from '../../../server/room/ballots'
import { defaultVoteSettings } from '../../../src/domain/facilitation'

// A vote with a duration closes for dots at its end on the host's clock (injected here).
let dir: string
let clock = 0
const now = () => clock
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jb-ballots-'))
  clock = 1_000_000
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const CARDS = ['cardA', 'cardB']
const settings = (durationMs: number | null) => ({ ...defaultVoteSettings(), votesPerPerson: 3, capPerCard: 3, durationMs })

describe('a room vote with a duration', () => {
  it('takes dots until its end and refuses new ones, and taking one back, from then on', async () => {
    const box = await openBallotBox(dir, now)
    await box.start(settings(10_000), CARDS, clock)
    expect(await box.cast('ana', 'cardA')).toMatchObject({ ok: true, mine: { cardA: 1 } })
    clock += 9_999
    expect(await box.cast('ana', 'cardB')).toMatchObject({ ok: true, mine: { cardA: 1, cardB: 1 } })
    clock += 1
    expect(await box.cast('ana', 'cardA')).toEqual({ ok: false, reason: 'timeUp' })
    expect(await box.cast('bo', 'cardA')).toEqual({ ok: false, reason: 'timeUp' })
    expect(await box.retract('ana', 'cardA')).toEqual({ ok: false, reason: 'timeUp' })
    // What was placed in time is what counts; Done and one's own view still answer.
    expect(box.view('ana')).toMatchObject({ ok: true, mine: { cardA: 1, cardB: 1 } })
    expect(await box.finish('ana')).toMatchObject({ ok: true, done: true })
    const revealed = await box.reveal(['ana', 'bo'], { ana: 'Ana', bo: 'Bo' })
    expect(revealed?.results.rows.filter((r) => r.votes > 0).map((r) => [r.cardId, r.votes])).toEqual(
      expect.arrayContaining([
        ['cardA', 1],
        ['cardB', 1],
      ]),
    )
  })

  it('keeps its end through a host restart', async () => {
    const box = await openBallotBox(dir, now)
    await box.start(settings(60_000), CARDS, clock)
    clock += 61_000
    const reopened = await openBallotBox(dir, now)
    expect(await reopened.cast('ana', 'cardA')).toEqual({ ok: false, reason: 'timeUp' })
  })

  it('runs until the reveal without a duration', async () => {
    const box = await openBallotBox(dir, now)
    await box.start(settings(null), CARDS, clock)
    clock += 24 * 60 * 60 * 1000
    expect(await box.cast('ana', 'cardA')).toMatchObject({ ok: true, mine: { cardA: 1 } })
  })
})
