// Every form that hands data to main, driven through the UI across the stand-in boundary, which
// structured-clones each input as Electron does: a form that passes a Svelte $state object or array
// (a Proxy) fails here exactly as it would in the real app. Each save is read back from the data
// file as well as the screen, so "it looked saved" can't pass for "it was saved".
import { readFile } from 'node:fs/promises'
import { test, expect } from './harness'
import type { SubsData } from '../../src/main/core/store/schema'

function day(n: number): string {
  const d = new Date()
  d.setDate(d.getDate() + n)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

test('player add and edit with bank names, archive and restore, fixture create and edit with players, game defaults', async ({ subs }) => {
  const { page } = subs
  const data = async (): Promise<SubsData> => JSON.parse(await readFile(subs.dataFile, 'utf8'))
  await page.getByRole('button', { name: /Start with my own players/ }).click()

  // Players: add with two bank names, then edit: rename, drop one bank name, add another, notes.
  await subs.goTo('Players')
  await subs.addPlayer('Jonathan Okafor', ['J OKAFOR', 'OKAFOR J A'])
  for (const name of ['Priya Raman', 'Sam Whitley', 'Ella Novak']) await subs.addPlayer(name)
  await page.getByRole('row', { name: /^Jonathan Okafor/ }).getByRole('button', { name: 'Edit' }).click()
  const edit = subs.dialog('Edit Jonathan Okafor')
  await edit.getByLabel('Name', { exact: true }).fill('Jon Okafor')
  await edit.getByRole('button', { name: 'Remove OKAFOR J A' }).click()
  await edit.getByLabel('Names their bank shows').fill('J A OKAFOR')
  await edit.getByLabel('Names their bank shows').press('Enter')
  await edit.getByLabel('Notes').fill('Pays monthly')
  await edit.getByRole('button', { name: 'Save changes' }).click()
  await expect(edit).toBeHidden()
  await expect(page.getByRole('row', { name: /^Jon Okafor/ })).toContainText('J A OKAFOR')
  let jon = (await data()).players.find((p) => p.name === 'Jon Okafor')
  expect(jon).toMatchObject({ aliases: ['J OKAFOR', 'J A OKAFOR'], notes: 'Pays monthly' })

  // Archive and restore.
  await page.getByRole('row', { name: /^Ella Novak/ }).getByRole('button', { name: 'Archive' }).click()
  await expect.poll(async () => (await data()).players.find((p) => p.name === 'Ella Novak')?.active).toBe(false)
  await page.getByLabel(/Show archived/).check()
  await page.getByRole('row', { name: /^Ella Novak/ }).getByRole('button', { name: 'Restore' }).click()
  await expect.poll(async () => (await data()).players.find((p) => p.name === 'Ella Novak')?.active).toBe(true)

  // Fixtures: create one with players, then edit its price, location and max players.
  await subs.goTo('Fixtures')
  await page.getByRole('button', { name: '+ New fixture' }).first().click()
  const create = subs.dialog('New fixture')
  await create.getByLabel('Date').fill(day(6))
  await create.getByLabel('Kick-off').fill('20:00')
  await create.getByLabel('Location').fill('Goals Wembley, pitch 2')
  await create.getByRole('button', { name: 'Create fixture' }).click()
  await expect(create).toBeHidden()
  const card = page.getByRole('region', { name: /^Upcoming/ }).getByRole('article').first()
  await card.getByRole('button', { name: '+ Add player' }).click()
  const picker = subs.dialog('Add players')
  for (const name of ['Jon Okafor', 'Priya Raman', 'Sam Whitley']) await picker.getByRole('button', { name: new RegExp(`^${name}`) }).click()
  await picker.getByRole('button', { name: 'Done' }).click()
  await expect(card.getByRole('list', { name: 'Roster' })).toContainText('Sam Whitley')
  await card.getByRole('button', { name: 'Edit' }).click()
  const fx = subs.dialog('Edit fixture')
  await fx.getByLabel('Price per player').fill('5.50')
  await fx.getByLabel('Location').fill('Goals Wembley, pitch 4')
  await fx.getByLabel('Max players').fill('10')
  await fx.getByRole('button', { name: 'Save changes' }).click()
  await expect(fx).toBeHidden()
  await expect(card).toContainText('pitch 4')
  const fixture = (await data()).fixtures[0]!
  expect(fixture).toMatchObject({ pricePence: 550, location: 'Goals Wembley, pitch 4', maxPlayers: 10 })
  expect(fixture.roster).toHaveLength(3)

  // Roster changes: remove one, add them back.
  await card.getByRole('button', { name: 'Remove Priya Raman' }).click()
  await expect.poll(async () => (await data()).fixtures[0]!.roster.length).toBe(2)

  // Game defaults in Settings.
  await subs.goTo('Settings')
  const defaults = page.getByRole('form', { name: 'Game defaults' })
  await defaults.getByLabel('Price per player').fill('6')
  await defaults.getByLabel('Pitch cost').fill('60')
  await defaults.getByLabel('Location').fill('Powerleague Shoreditch')
  await defaults.getByRole('button', { name: 'Save settings' }).click()
  await expect.poll(async () => (await data()).settings).toMatchObject({ defaultPricePence: 600, defaultPitchCostPence: 6000, defaultLocation: 'Powerleague Shoreditch' })

  jon = (await data()).players.find((p) => p.name === 'Jon Okafor')
  expect(jon?.aliases).toEqual(['J OKAFOR', 'J A OKAFOR'])
  // The harness records any call Electron would have refused: there were none.
  expect(subs.problems).toEqual([])
})
