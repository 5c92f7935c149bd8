// The Settings form's unsaved edits, kept outside the page so that clicking another page and
// coming back finds them as they were (and the sidebar can say there is something unsaved).
import type { ChargeWhen, Settings } from '../../../shared/domain'
import { penceToInput } from './format'

export interface SettingsForm {
  price: string
  pitch: string
  min: number
  max: number
  kickoff: string
  location: string
  poll: number
  monzoMe: string
  chargeWhen: ChargeWhen
  notifyAfterSync: boolean
}

export function formFrom(s: Settings): SettingsForm {
  return {
    price: penceToInput(s.defaultPricePence),
    pitch: penceToInput(s.defaultPitchCostPence),
    min: s.defaultMinPlayers,
    max: s.defaultMaxPlayers,
    kickoff: s.defaultKickoff,
    location: s.defaultLocation,
    poll: s.pollMinutes,
    monzoMe: s.monzoMeUsername,
    chargeWhen: s.chargeWhen,
    notifyAfterSync: s.notifyAfterSync,
  }
}

const same = (a: SettingsForm, b: SettingsForm) =>
  (Object.keys(a) as (keyof SettingsForm)[]).every((k) => String(a[k]).trim() === String(b[k]).trim())

class SettingsDraft {
  /** The form as the organiser left it; null until the page is first opened. */
  form = $state<SettingsForm | null>(null)
  /** The saved settings the form started from. */
  base = $state.raw<SettingsForm | null>(null)

  dirty = $derived(this.form !== null && this.base !== null && !same(this.form, this.base))

  /** Opening the page: keep unsaved edits; otherwise start from what is saved now. */
  open(saved: Settings): SettingsForm {
    const now = formFrom(saved)
    if (!this.form || !this.base) {
      this.form = now
    } else {
      // Fields the organiser didn't touch follow what is saved now (it may have changed meanwhile).
      const form = this.form as unknown as Record<string, unknown>
      const base = this.base as unknown as Record<string, unknown>
      for (const [k, v] of Object.entries(now)) if (String(form[k]).trim() === String(base[k]).trim()) form[k] = v
    }
    this.base = now
    return this.form
  }

  /** After saving, or to throw the edits away: the form (the same object) shows what is saved. */
  reset(saved: Settings): void {
    this.base = formFrom(saved)
    if (this.form) Object.assign(this.form, formFrom(saved))
    else this.form = formFrom(saved)
  }
}

export const settingsDraft = new SettingsDraft()
