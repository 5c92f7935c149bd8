// Safe learning through the real UI: assigning with a choice of what Subs remembers, a household
// account's split accepted in one click, Forget in the player dialog, and triage of a payer's
// grouped payments. Payments arrive by importing a Monzo /transactions body, as an organiser would.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Snapshot } from '../../src/shared/views'
import type { SimTransaction } from '../../src/main/core/monzo/simulator'
import { bank, monzo, payment, when } from '../../eval/matching/builders'
import { createSubsCore } from '../../src/main/core/app'
import { recordingPlatform } from './support/recording-platform'
import { test, expect, type Subs } from './harness'

async function snapshot(subs: Subs): Promise<Snapshot> {
  const out = await subs.core.invoke('app:snapshot', undefined)
  if (!out.ok) throw new Error(out.error)
  return out.value as Snapshot
}

let files = 0
async function importTransactions(subs: Subs, txs: SimTransaction[]): Promise<void> {
  const file = join(subs.dir, `transactions-${++files}.json`)
  await writeFile(file, JSON.stringify({ transactions: txs }))
  subs.platform.nextOpenFile = file
  await subs.clearToasts()
  await subs.page.getByRole('button', { name: 'Import a Monzo statement' }).click()
  // The import's summary (issue 12): "Imported transactions-1.json: 3 new, 0 updated, …".
  await expect(subs.page.getByText(new RegExp(`^Imported transactions-${files}\\.json: \\d+ new, `))).toBeVisible()
}

const mrsOkafor = bank('MRS A OKAFOR', '204512', '43210000')
const tomHughes = monzo('Tom', 'user_00009TomHughes')
const snr = bank('K MENSAH SNR', '070116', '19283746')
const stranger = bank('GARY NOBODY', '110099', '77777777')

test.use({
  startOptions: {
    // An organiser past the welcome screen, with their squad typed in and £5 a game.
    async before(dir) {
      const core = await createSubsCore({ dataFile: join(dir, 'subs.json'), platform: recordingPlatform(dir), background: false })
      await core.invoke('app:dismissWelcome', undefined)
      for (const name of ['Jonathan Okafor', 'Tom Baker', 'Tom Hughes', 'Kofi Mensah', 'Ama Mensah']) await core.invoke('players:create', { name })
      await core.invoke('settings:update', { defaultPricePence: 500 })
      await core.close()
    },
  },
})

test('assign with a choice of what to remember, accept a household split, forget, and triage grouped payments', async ({ subs }) => {
  const { page } = subs
  await subs.goTo('Payments')

  await importTransactions(subs, [
    payment(mrsOkafor, when(1, 1), 500, 'FOOTY'),
    payment(mrsOkafor, when(2, 1), 500, 'FOOTY'),
    payment(tomHughes, when(2, 2), 500, 'footy'),
    payment(snr, when(1, 2), 500, 'MENSAH FOOTY'),
    payment(snr, when(2, 3), 500, 'SUBS'),
    payment(snr, when(3, 3), 500, 'AMA LATE'),
    payment(stranger, when(1, 3), 500, 'FOOTBALL'),
    payment(stranger, when(2, 4), 500, 'FOOTBALL'),
    payment(stranger, when(3, 4), 1500, 'PIZZA'),
  ])
  const inbox = page.getByRole('region', { name: /^Inbox/ })
  const matched = page.getByRole('region', { name: /^Matched/ })

  // Grouped by payer: MRS A OKAFOR's two payments are one card, the stranger's pizza is apart.
  const okafor = inbox.getByRole('article', { name: '2 payments from MRS A OKAFOR' })
  await expect(okafor).toBeVisible()
  await expect(inbox.getByRole('article', { name: '2 payments from GARY NOBODY' })).toBeVisible()
  await expect(inbox.getByRole('article', { name: 'Payment from GARY NOBODY' })).toContainText('sounds like something other than the game')
  await subs.screenshots('inbox-grouped')

  // Her surname makes Jonathan the suggestion (family), never a credit.
  await expect(okafor).toContainText("'MRS A OKAFOR' shares a surname with Jonathan Okafor — family, perhaps: not certain enough to credit")
  // Assign with a choice: Subs proposes "pays for" (she shares his surname but isn't him).
  await okafor.getByRole('button', { name: 'Assign all to Jonathan Okafor' }).click()
  let dialog = subs.dialog('Credit 2 payments')
  await expect(dialog.getByLabel('Credit to')).toHaveValue(/.+/)
  await dialog.getByLabel('Credit to').selectOption({ label: 'Jonathan Okafor' })
  const paysFor = dialog.getByRole('radio', { name: /This payer pays for Jonathan/ })
  await expect(paysFor).toBeChecked()
  await expect(dialog.getByText(/looks like family of Jonathan Okafor/)).toBeVisible()
  await expect(dialog.getByRole('radio', { name: /This account is Jonathan's/ })).toBeEnabled()
  await subs.screenshots('assign-with-choice', { keepScroll: true })
  await dialog.getByRole('button', { name: 'Credit Jonathan Okafor' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText("£10.00 credited to Jonathan Okafor. Subs will credit Jonathan Okafor with this payer's payments from now on.")).toBeVisible()
  await expect(okafor).toBeHidden()

  // A one-word Monzo name: the account is remembered, never the name "Tom".
  const tom = inbox.getByRole('article', { name: 'Payment from Tom' })
  await tom.getByRole('button', { name: 'Assign to Tom Hughes' }).click()
  dialog = subs.dialog('Credit payment')
  await expect(dialog.getByRole('radio', { name: /This account is Tom's/ })).toBeChecked()
  await expect(dialog.getByText(/their Monzo account as Tom Hughes's.*Not the name: 'Tom' alone could be anyone/)).toBeVisible()
  await subs.screenshots('assign-one-word-name', { keepScroll: true })
  await dialog.getByRole('button', { name: 'Credit Tom Hughes' }).click()
  await expect(dialog).toBeHidden()

  // The father pays for both children: taught twice, his account becomes a household.
  const father = inbox.getByRole('article', { name: '2 payments from K MENSAH SNR' })
  await father.getByRole('button', { name: 'Assign all to Kofi Mensah' }).click()
  dialog = subs.dialog('Credit 2 payments')
  await dialog.getByLabel('Credit to').selectOption({ label: 'Kofi Mensah' })
  await expect(dialog.getByRole('radio', { name: /This payer pays for Kofi/ })).toBeChecked()
  await dialog.getByRole('button', { name: 'Credit Kofi Mensah' }).click()
  await expect(dialog).toBeHidden()
  const late = inbox.getByRole('article', { name: 'Payment from K MENSAH SNR' })
  await expect(late).toContainText("The note 'AMA LATE' mentions Ama Mensah — check who it's for")
  await late.getByRole('button', { name: 'Assign to Ama Mensah' }).click()
  dialog = subs.dialog('Credit payment')
  await expect(dialog.getByRole('radio', { name: /This payer pays for Ama/ })).toBeChecked()
  await expect(dialog.locator('label').filter({ hasText: 'This payer pays for Ama' })).toContainText('It already pays for Kofi Mensah, so later payments will be offered as a split.')
  await dialog.getByRole('button', { name: 'Credit Ama Mensah' }).click()
  await expect(dialog).toBeHidden()

  // Later payments: hers credited by herself; his £10 offered as a split, accepted in one click.
  await importTransactions(subs, [payment(mrsOkafor, when(4, 1), 500, 'FOOTY'), payment(snr, when(4, 2), 1000, 'FOOTBALL')])
  await expect(matched.getByRole('row').filter({ hasText: 'MRS A OKAFOR' }).filter({ hasText: 'pays for Jonathan Okafor, as you told Subs' })).toHaveCount(1)
  const household = inbox.getByRole('article', { name: 'Payment from K MENSAH SNR' })
  await expect(household).toContainText('This payer pays for Ama Mensah and Kofi Mensah — split suggested, £5.00 each')
  await expect(household).toContainText('Ama Mensah £5.00 · Kofi Mensah £5.00')
  await subs.screenshots('household-split')
  await household.getByRole('button', { name: 'Accept split' }).click()
  await expect(household).toBeHidden()
  await expect(matched.getByRole('row').filter({ hasText: 'Split by you' }).filter({ hasText: 'Ama Mensah £5.00, Kofi Mensah £5.00' })).toHaveCount(1)

  // Grouped triage: the stranger's two football payments marked not subs at once.
  await subs.clearToasts()
  await inbox.getByRole('article', { name: '2 payments from GARY NOBODY' }).getByRole('button', { name: 'Not subs (both)' }).click()
  await expect(page.getByText('Marked 2 payments as not subs. Find them under Ignored to undo.')).toBeVisible()
  await expect(page.getByRole('region', { name: /^Ignored/ }).getByRole('row').filter({ hasText: 'GARY NOBODY' })).toHaveCount(2)

  // Forget in the player dialog: nothing credited changes, the next payment waits.
  const before = (await snapshot(subs)).balances.find((b) => b.name === 'Jonathan Okafor')!.paidPence
  await subs.goTo('Players')
  await subs.clearToasts()
  await page.getByRole('row').filter({ hasText: 'Jonathan Okafor' }).getByRole('button', { name: 'Edit' }).click()
  const edit = subs.dialog('Edit Jonathan Okafor')
  const learned = edit.getByRole('region', { name: 'What Subs has learned' })
  await expect(learned).toContainText("'MRS A OKAFOR' (bank account 20-45-12 ····0000) pays for Jonathan Okafor")
  await subs.screenshots('player-learned', { keepScroll: true })
  await learned.getByRole('button', { name: /^Forget 'MRS A OKAFOR'/ }).click()
  await expect(learned).toContainText('Nothing yet')
  await edit.getByRole('button', { name: 'Cancel' }).click()
  await subs.clearToasts()
  await page.getByRole('row').filter({ hasText: 'Kofi Mensah' }).getByRole('button', { name: 'Edit' }).click()
  const kofi = subs.dialog('Edit Kofi Mensah').getByRole('region', { name: 'What Subs has learned' })
  await expect(kofi).toContainText('A household: also linked to Ama Mensah, so its payments are suggested as a split.')
  await subs.screenshots('player-household', { keepScroll: true })
  await subs.dialog('Edit Kofi Mensah').getByRole('button', { name: 'Cancel' }).click()
  expect((await snapshot(subs)).balances.find((b) => b.name === 'Jonathan Okafor')!.paidPence).toBe(before)
  await subs.goTo('Payments')
  await importTransactions(subs, [payment(mrsOkafor, when(5, 1), 500, 'FOOTY')])
  await expect(inbox.getByRole('article', { name: 'Payment from MRS A OKAFOR' })).toBeVisible()
})
