import { useEffect, useState } from 'react'

/** How often the facilitator's window asks the host how a vote or a private-writing round is going. */
const PROGRESS_MS = 2_000

/**
 * What the host last said about something under way (a vote's turnout, private writing's counts),
 * asked at once and then every two seconds while `source` is set; null before the first answer.
 * An answer that arrives after the panel stopped asking is dropped.
 */
export function useHostProgress<T>(source: { progress(): Promise<T | null> } | null): T | null {
  const [progress, setProgress] = useState<T | null>(null)
  useEffect(() => {
    if (!source) return
    let live = true
    const poll = () => void source.progress().then((p) => live && setProgress(p))
    poll()
    const timer = setInterval(poll, PROGRESS_MS)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [source])
  return progress
}
