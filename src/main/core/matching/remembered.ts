// Matching asks the same questions of the same strings all season (a payer name, a reference): the
// answer to a pure function of one string, kept in a bounded map so hostile input can't grow it forever.

export function remembered<T>(compute: (key: string) => T, limit = 20_000): (key: string) => T {
  const seen = new Map<string, T>()
  return (key) => {
    let v = seen.get(key)
    if (v === undefined) {
      if (seen.size >= limit) seen.clear()
      v = compute(key)
      seen.set(key, v)
    }
    return v
  }
}
