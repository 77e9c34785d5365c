/**
 * Runs `run` once the page is idle (after the frame being drawn and its input), or after
 * `timeoutMs` on a page that is never idle. Where the browser has no idle callbacks (a test's
 * DOM) it runs after a short timer. Returns a function that cancels it.
 */
export function whenIdle(run: () => void, timeoutMs = 500): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: timeoutMs })
    return () => cancelIdleCallback(handle)
  }
  const handle = setTimeout(run, 16)
  return () => clearTimeout(handle)
}
