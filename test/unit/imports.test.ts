// Start-up cost is paid by every launch of the app and every CLI command: code that runs in main or
// the CLI imports date-fns one function at a time, never the barrel (about 2 s to load on a busy
// laptop, against a tenth of that for the few functions Subs uses).
import { readdir, readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'

describe('main-process imports', () => {
  it("no file outside the renderer imports the 'date-fns' barrel", async () => {
    const offenders: string[] = []
    for (const root of ['src/main', 'src/cli', 'src/shared']) {
      for (const f of await readdir(root, { recursive: true })) {
        if (!/\.ts$/.test(f)) continue
        const text = await readFile(`${root}/${f}`, 'utf8')
        if (/from ['"]date-fns['"]/.test(text)) offenders.push(`${root}/${f}`)
      }
    }
    expect(offenders).toEqual([])
  })
})
