// The port Subs's sign-in listener uses unless the organiser picks another: part of the redirect URL
// registered at developers.monzo.com, so Settings states it and main listens on it.
export const DEFAULT_MONZO_PORT = 8765
