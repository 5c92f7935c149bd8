// The simulator's stand-in for auth.monzo.com: one page with Approve and Deny.

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

export interface AuthoriseParams {
  clientId: string
  redirectUri: string
  state: string
  userName: string
}

export function authorisePage(p: AuthoriseParams): string {
  const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${esc(value)}">`
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Monzo (simulator) – allow access</title></head>
<body style="font-family:system-ui,sans-serif;max-width:30rem;margin:3rem auto">
<p><strong>Monzo simulator</strong> — this is not the real Monzo.</p>
<h1>Allow Subs to see your account?</h1>
<p>Signed in as ${esc(p.userName)}.</p>
<form method="post" action="/authorise/decision">
${hidden('client_id', p.clientId)}${hidden('redirect_uri', p.redirectUri)}${hidden('state', p.state)}${hidden('response_type', 'code')}
<button type="submit" name="decision" value="approve" data-testid="sim-approve">Approve</button>
<button type="submit" name="decision" value="deny" data-testid="sim-deny">Deny</button>
</form></body></html>`
}

export function errorPage(message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Monzo (simulator) – error</title></head>` +
    `<body><h1>Something is wrong with this link</h1><p>${esc(message)}</p></body></html>`
}

/** Where the browser goes after the user decides (Monzo appends code/error and state). */
export function decisionRedirect(redirectUri: string, q: Record<string, string>): string {
  const url = new URL(redirectUri)
  for (const [k, v] of Object.entries(q)) url.searchParams.set(k, v)
  return url.toString()
}
