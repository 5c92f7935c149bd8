// The stand-in boundary itself: what Electron's contextBridge and IPC refuse, the harness refuses too,
// before anything reaches main. (Every other spec relies on this to catch a form that hands
// window.api a Svelte $state Proxy.)
import { test, expect } from './harness'

test('window.api refuses a Proxy, a function and a class with methods, as Electron does, and main never sees them', async ({ subs }) => {
  const { page } = subs
  await page.getByRole('button', { name: /Start with my own players/ }).click()
  const outcomes = await page.evaluate(async () => {
    const api = (window as unknown as { api: Record<string, (input?: unknown) => Promise<{ ok: boolean }>> }).api
    const attempt = async (input: unknown) => {
      try {
        const r = await api['players:create']!(input)
        return r.ok ? 'created' : 'refused by main'
      } catch (e) {
        return (e as Error).message
      }
    }
    class Named {
      name = 'Classy Player'
      shout() {
        return this.name.toUpperCase()
      }
    }
    return {
      proxy: await attempt(new Proxy({ name: 'Proxy Player' }, {})),
      fn: await attempt({ name: 'Function Player', onSave: () => 1 }),
      classy: await attempt(new Named()),
      plain: await attempt({ name: 'Plain Player' }),
      apiIsFrozen: Object.isFrozen(api),
    }
  })
  expect(outcomes.proxy).toBe('An object could not be cloned.')
  expect(outcomes.fn).toBe('An object could not be cloned.')
  // A class instance clones to a plain object (its method is dropped), as in Electron: main gets the data.
  expect(outcomes.classy).toBe('created')
  expect(outcomes.plain).toBe('created')
  expect(outcomes.apiIsFrozen).toBe(true)
  await subs.goTo('Players')
  await expect(page.getByText('Plain Player')).toBeVisible()
  await expect(page.getByText('Classy Player')).toBeVisible()
  await expect(page.getByText('Proxy Player')).toHaveCount(0)
  await expect(page.getByText('Function Player')).toHaveCount(0)
  // The stand-in logs each refusal as a console error, which fails any other test; here they are expected.
  const refusals = subs.problems.filter((p) => p.includes('could not be cloned'))
  expect(refusals).toHaveLength(2)
  subs.problems.splice(0, subs.problems.length, ...subs.problems.filter((p) => !p.includes('could not be cloned')))
})
