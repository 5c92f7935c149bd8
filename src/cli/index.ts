#!/usr/bin/env node
import { run } from './run'

const code = await run(process.argv.slice(2), {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
  env: process.env,
})
process.exitCode = code
