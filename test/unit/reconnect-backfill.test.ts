// Regression for a bug the fault suite found: after a sync Monzo limited to 90 days (approval
// came more than five minutes after sign-in), "Reconnect" synced only from the cursor, so the
// older payments never arrived although the app said reconnecting would fetch them.
import { describe, expect, it } from 'vitest'
import { ninetyDaysThroughTheApp } from '../faults/ninety-days'
import { clockAt, createEnv } from '../faults/network-env'
import { fingerprint, history } from '../faults/seed'

describe('reconnecting after a 90-day-limited sync', () => {
  it('fetches the older payments: none missing, none doubled', async () => {
    const start = Date.now()
    const env = await createEnv(history(start), clockAt(start))
    await env.sync()
    const reference = fingerprint(env.store.data)
    await env.close()
    const r = await ninetyDaysThroughTheApp(reference, start)
    expect(r.failures).toEqual([])
    expect(r).toMatchObject({ runs: 1, passed: 1, dataLost: 0 })
  })
})
