/**
 * How the tests and the benchmark start a system Chromium here: headless as root, no GPU, and
 * without the background traffic that a closed network answers with a burst of refused connections.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
