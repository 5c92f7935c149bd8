// vitest globalSetup: the CLI tests also run the real `bin/subs.js`, which loads the built
// JavaScript in out/cli. Rebuilding here (about a tenth of a second) means they test this source.
import { buildCli } from '../../scripts/build-cli.mjs'

export default async function setup(): Promise<void> {
  await buildCli()
}
