// The only places Subs will open in the system browser. Parsed with URL, never substring-matched,
// so "https://monzo.com.evil.example" or "javascript:" can't slip through.
const ALLOWED_HOSTS = new Set(['developers.monzo.com', 'monzo.com', 'www.monzo.com', 'auth.monzo.com', 'monzo.me'])

export function isAllowedExternalUrl(raw: string, extraOrigins: readonly string[] = []): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.username || url.password) return false
  if (extraOrigins.includes(url.origin)) return true
  return url.protocol === 'https:' && url.port === '' && ALLOWED_HOSTS.has(url.hostname)
}
