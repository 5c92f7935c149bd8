#!/usr/bin/env node
import { USAGE, isBareHelp } from './usage'

const argv = process.argv.slice(2)
if (isBareHelp(argv)) {
  process.stdout.write(`${USAGE}\n`)
} else {
  // Loaded only for a real command: the core brings zod, lowdb and undici with it.
  const { run } = await import('./run')
  process.exitCode = await run(argv, {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
    env: process.env,
  })
}
