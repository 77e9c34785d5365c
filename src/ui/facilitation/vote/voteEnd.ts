import { useEffect, useState } from 'react'
import type { SessionVote } from '../../../room/sessionVote'

/** When an open room vote stops taking dots, on the host's clock; null when it has no duration. */
export function voteEndsAt(vote: SessionVote | null): number | null {
  return vote?.status === 'open' && vote.settings.durationMs !== null ? vote.startedAt + vote.settings.durationMs : null
}

/**
 * True from `endsAt` on, by `now` (the host's clock as this device knows it): re-renders once, at
 * the end, rather than ticking every second.
 */
export function useTimeUp(endsAt: number | null, now: () => number): boolean {
  const [, setTick] = useState(0)
  const up = endsAt !== null && now() >= endsAt
  useEffect(() => {
    if (endsAt === null || up) return
    const id = setTimeout(() => setTick((n) => n + 1), Math.max(0, endsAt - now()) + 50)
    return () => clearTimeout(id)
  }, [endsAt, up, now])
  return up
}
