import { describe, expect, it } from 'vitest'
import { buildApi, channels, contract, parseInput } from '../../src/shared/ipc'
import { invokeChannel, type Handlers } from '../../src/main/core/invoke'
import { UserError } from '../../src/main/core/errors'

describe('IPC contract validation', () => {
  it('accepts a well-formed player', () => {
    const r = parseInput('players:create', { name: 'Zoë Adebayo', aliases: ['Z ADEBAYO'] })
    expect(r.ok).toBe(true)
  })

  const bad: [string, unknown, RegExp][] = [
    ['missing name', {}, /Name is required|Name/],
    ['blank name', { name: '   ' }, /Name is required/],
    ['name too long', { name: 'x'.repeat(81) }, /Name can be at most 80 characters/],
    ['wrong type', { name: 42 }, /Name/],
    ['extra field', { name: 'A', admin: true }, /Unexpected field: admin/],
    ['not an object', 'Bob', /missing its details|not valid|Request/],
  ]
  for (const [label, input, msg] of bad) {
    it(`rejects ${label} with a readable message`, () => {
      const r = parseInput('players:create', input)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error).toMatch(msg)
    })
  }

  it('checks money is whole pence and dates are real-looking', () => {
    const base = { date: '2026-11-25', time: '19:00', location: 'x', pitchCostPence: 4500, pricePence: 500 }
    expect(parseInput('fixtures:create', base).ok).toBe(true)
    const half = parseInput('fixtures:create', { ...base, pricePence: 4.5 })
    expect(!half.ok && half.error).toBe('Price per player must be a whole number of pence.')
    const neg = parseInput('fixtures:create', { ...base, pitchCostPence: -1 })
    expect(!neg.ok && neg.error).toBe("Pitch cost can't be negative.")
    const d = parseInput('fixtures:create', { ...base, date: '25/11/2026' })
    expect(!d.ok && d.error).toBe('Date must be a date like 2026-11-25.')
    const t = parseInput('fixtures:create', { ...base, time: '25:00' })
    expect(!t.ok && t.error).toBe('Kick-off must be a time like 19:00.')
  })

  it('invokeChannel rejects unknown channels and bad input without calling the handler', async () => {
    let called = 0
    const handlers = Object.fromEntries(channels.map((c) => [c, () => (called++, null)])) as unknown as Handlers
    const log = () => {}
    expect(await invokeChannel(handlers, 'fs:readFile', {}, log)).toMatchObject({ ok: false, code: 'unknown_channel' })
    expect(await invokeChannel(handlers, '__proto__', {}, log)).toMatchObject({ ok: false, code: 'unknown_channel' })
    expect(await invokeChannel(handlers, 'players:create', { name: '' }, log)).toMatchObject({ ok: false, code: 'invalid' })
    expect(called).toBe(0)
    expect(await invokeChannel(handlers, 'players:create', { name: 'A' }, log)).toEqual({ ok: true, value: null })
    expect(called).toBe(1)
  })

  it('turns a UserError into its message and hides unexpected errors', async () => {
    const handlers = Object.fromEntries(channels.map((c) => [c, () => null])) as unknown as Handlers
    handlers['players:delete'] = () => {
      throw new UserError('Archive them instead.', 'has_history')
    }
    handlers['players:update'] = () => {
      throw new Error('ENOENT /secret/path')
    }
    const logged: string[] = []
    const log = (m: string) => void logged.push(m)
    expect(await invokeChannel(handlers, 'players:delete', { id: 'p1' }, log)).toEqual({
      ok: false,
      error: 'Archive them instead.',
      code: 'has_history',
    })
    const hidden = await invokeChannel(handlers, 'players:update', { id: 'p1' }, log)
    expect(hidden).toMatchObject({ ok: false, code: 'internal' })
    expect(JSON.stringify(hidden)).not.toContain('/secret/path')
    expect(logged).toEqual(['players:update failed'])
  })

  it('buildApi exposes exactly the contract channels plus on()', async () => {
    const seen: [string, unknown][] = []
    const api = buildApi(
      async (ch, input) => (seen.push([ch, input]), { ok: true, value: null }),
      () => () => {},
    )
    expect(Object.keys(api).sort()).toEqual([...Object.keys(contract), 'on'].sort())
    await api['players:delete']({ id: 'x' })
    expect(seen).toEqual([['players:delete', { id: 'x' }]])
    expect(() => api.on('nope' as never, () => {})).toThrow(/Unknown event/)
  })
})

describe('one contract, one boundary', () => {
  it('the zod-free channel list and the contract name exactly the same channels', async () => {
    const { CHANNELS } = await import('../../src/shared/channels')
    expect([...CHANNELS].sort()).toEqual(Object.keys(contract).sort())
  })

  it('the preload and the channel list import nothing but electron and types', async () => {
    const { readFile } = await import('node:fs/promises')
    const runtimeImports = (src: string) =>
      [...src.matchAll(/^import\s+(?!type\b)[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1])
    expect(runtimeImports(await readFile('src/preload/index.ts', 'utf8'))).toEqual(['electron', '../shared/channels'])
    expect(runtimeImports(await readFile('src/shared/channels.ts', 'utf8'))).toEqual([])
  })

  it('only the renderer call wrapper touches window.api, so its plain-data rule covers every call', async () => {
    const { readdir, readFile } = await import('node:fs/promises')
    const files = (await readdir('src/renderer/src', { recursive: true })).filter((f) => /\.(svelte|ts)$/.test(f))
    const users: string[] = []
    for (const f of files) {
      const text = await readFile(`src/renderer/src/${f}`, 'utf8')
      if (/window\.api\b/.test(text.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ''))) users.push(f.replaceAll('\\', '/'))
    }
    expect(users).toEqual(['lib/app-state.svelte.ts'])
    const wrapper = await readFile('src/renderer/src/lib/app-state.svelte.ts', 'utf8')
    expect(wrapper).toMatch(/\$state\.snapshot\(input\)/)
  })
})
