// The help text, kept apart from the commands so `subs --help` answers without loading the core.
import { DATA_FILE_NAME } from '../main/core/paths'

export const USAGE = `Usage: subs [--data DIR] <command>

  player add NAME [--alias TEXT]...
  players [--json]
  fixture add --date YYYY-MM-DD --time HH:MM --location TEXT --pitch-cost POUNDS --price POUNDS
              [--status scheduled|played|cancelled] [--player NAME]...
  fixtures [--json]
  import FILE              a Monzo CSV statement export, or Monzo JSON: a /transactions body,
                           a {"transaction": …} body or a webhook capture (one event or a list)
  sync --demo              sync from the built-in Monzo simulator
  demo                     set up the sample club (players, fixtures) on an empty Subs and sync its demo bank
  payments [--json]
  payments assign TXID PLAYER_NAME [--remember once|account|payer]
                           what Subs remembers about the payer (default: once, nothing)
  payments split TXID NAME=POUNDS NAME=POUNDS...
  payments ignore TXID     not subs (e.g. a friend paying you back)
  payments undo TXID       hand a payment back to the matcher
  cash add PLAYER_NAME POUNDS [--date YYYY-MM-DD]
  owes [--json | --csv FILE]
  backups                  list the daily backups
  restore-backup NAME      replace the data with a backup (what was there is kept beside it)
  start-fresh              after a damaged data file: carry on with an empty one (the damaged one is kept)

--data DIR   the folder holding ${DATA_FILE_NAME} (default: $SUBS_DATA_DIR, else the app's own folder)

Exit codes: 0 done; 2 bad input (nothing changed); 3 the data file was damaged and needs an answer
(restore-backup or start-fresh); 1 an unexpected failure.`

/** Only a bare `subs --help` (or -h) skips the parser; anything else gets its full checks. */
export function isBareHelp(argv: readonly string[]): boolean {
  return argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h')
}
