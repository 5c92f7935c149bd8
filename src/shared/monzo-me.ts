// monzo.me usernames, as organisers paste them: "sam", "@sam", "monzo.me/sam", "https://monzo.me/sam/",
// even a whole payment link ("https://monzo.me/sam/5.00?d=SUBS"). Shared so the settings contract
// accepts exactly what payment requests can link to.

// monzo.me usernames are letters, digits and a few separators; anything else would change the URL.
const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/
const HOST = /^(https?:\/\/)?(www\.)?monzo\.me\//i

/** The bare username, or null when the text isn't one. */
export function parseMonzoMeUsername(input: string): string | null {
  const t = input.trim()
  // From a link, the username is the first path segment; an amount or ?d= after it is not part of it.
  const bare = HOST.test(t) ? (t.replace(HOST, '').split(/[/?#]/)[0] ?? '') : t.replace(/^@/, '')
  return USERNAME.test(bare) ? bare : null
}
