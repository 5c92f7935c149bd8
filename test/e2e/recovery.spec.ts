// A corrupt data file is moved aside, never overwritten; the organiser is told and offered the newest backup.
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createSubsCore } from '../../src/main/core/app'
import { recordingPlatform } from './support/recording-platform'
import { test, expect } from './harness'

test.describe('with a corrupt data file and no backup', () => {
  test.use({ startOptions: { before: (dir) => writeFile(join(dir, 'subs.json'), '{broken') } })

  test('shows the recovery banner; Continue with an empty file dismisses it and keeps the damaged file', async ({ subs }) => {
    const { page } = subs
    const banner = page.getByRole('alert').filter({ hasText: 'Your data file was damaged' })
    await expect(banner).toBeVisible()
    await expect(banner).toContainText('moved aside')
    await expect(banner).toContainText(subs.dir)
    await expect(banner).toContainText('There is no backup to restore yet.')
    // Plain words: the reason, and that the damaged copy is kept whatever the organiser picks.
    await expect(banner).not.toContainText('JSON')
    await expect(banner).toContainText('Whatever you choose, the damaged file is kept in your data folder')
    await subs.screenshots('recovery')
    await banner.getByRole('button', { name: 'Continue with an empty file' }).click()
    await expect(banner).toBeHidden()
    // Kept, as the banner said (under the name of a file the organiser has answered).
    const kept = (await readdir(subs.dir)).filter((n) => /^subs\.(damaged|unreadable)-/.test(n))
    expect(kept).toHaveLength(1)
    expect(await readFile(join(subs.dir, kept[0]!), 'utf8')).toBe('{broken')
    await expect(page.getByRole('heading', { name: 'Welcome to Subs' })).toBeVisible()
  })
})

test.describe('with a corrupt data file and a backup from earlier', () => {
  test.use({
    startOptions: {
      async before(dir) {
        // Yesterday was a good day: a player was added and that file was backed up.
        const file = join(dir, 'subs.json')
        const core = await createSubsCore({ dataFile: file, platform: recordingPlatform(dir), background: false })
        await core.invoke('app:dismissWelcome', undefined)
        await core.invoke('players:create', { name: 'Zoë Adebayo' })
        await core.close()
        const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
        // Only that backup: the core's own first-launch backup (of the empty file) would be newer.
        await rm(join(dir, 'backups'), { recursive: true, force: true })
        await mkdir(join(dir, 'backups'), { recursive: true })
        await copyFile(file, join(dir, 'backups', `subs-${yesterday}.json`))
        await writeFile(file, '{broken')
      },
    },
  })

  test('Restore newest backup brings the players back', async ({ subs }) => {
    const { page } = subs
    const banner = page.getByRole('alert').filter({ hasText: 'Your data file was damaged' })
    await banner.getByRole('button', { name: /Restore newest backup/ }).click()
    await subs.dialog('Restore the newest backup?').getByRole('button', { name: 'Restore backup' }).click()
    await expect(banner).toBeHidden()
    await subs.goTo('Players')
    await expect(page.getByRole('table')).toContainText('Zoë Adebayo')
  })
})
