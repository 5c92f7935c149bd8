// Machine-level preferences kept by electron-store (not in the data file, which may be shared or
// restored elsewhere): currently only the Linux "store secrets without OS encryption" consent.
import Store from 'electron-store'

interface Prefs {
  allowBasicText: boolean
}

export function createPreferences() {
  const store = new Store<Prefs>({ name: 'subs-preferences', defaults: { allowBasicText: false } })
  return {
    allowBasicText: () => store.get('allowBasicText'),
    setAllowBasicText: (v: boolean) => store.set('allowBasicText', v),
  }
}
