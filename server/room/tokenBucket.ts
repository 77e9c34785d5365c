// A per-connection rate limit: a burst is allowed, a sustained flood is not.

export interface TokenBucket {
  /** Takes one token; false when the bucket is empty. */
  take(): boolean
}

export function createTokenBucket(perSecond: number, burst: number, now: () => number): TokenBucket {
  let tokens = burst
  let last = now()
  return {
    take() {
      const t = now()
      tokens = Math.min(burst, tokens + ((t - last) / 1000) * perSecond)
      last = t
      if (tokens < 1) return false
      tokens -= 1
      return true
    },
  }
}
