#!/usr/bin/env node
// Runs the CLI built to JavaScript in out/cli (by `npm install`, `npm ci` or `npm run build`):
// nothing is compiled at run time.
import module from 'node:module'

const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 19)) {
  process.stderr.write(`Subs needs Node.js 22.19 or newer (this is ${process.version}). Install Node 24 from nodejs.org and try again.\n`)
  process.exit(1)
}

// Node keeps the compiled bundle between runs, so the second start skips parsing it.
module.enableCompileCache?.()
try {
  await import('../out/cli/index.js')
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('out/cli/index.js')) throw e
  process.stderr.write('The subs command is not built yet. Run `npm install` (or `npm run build`) in the Subs folder first.\n')
  process.exitCode = 1
}
