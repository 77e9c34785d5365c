/**
 * The one door from map content to the outside world. Map text comes from files other people
 * send, so anything that could run code or reach the local network (javascript:, file:, smb:,
 * custom schemes that launch other apps) stays shut; only web pages and e-mail open.
 */
const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'mailto:'])

export function isSafeExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > 4096) return false
  // The WHATWG parser strips these silently, which would let "java\nscript:" pass a naive check.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\s]/.test(url)) return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return false
  if (parsed.protocol === 'https:') {
    // Credentials in a link are a phishing trick ("https://bank.com@evil.example").
    if (parsed.username !== '' || parsed.password !== '') return false
    if (parsed.hostname === '') return false
  }
  return true
}
