// Builds the `subs` CLI to plain JavaScript (out/cli/), so it starts without compiling TypeScript
// at run time. Runs on `npm install`/`npm ci` (the `prepare` script), in `npm run build`, and before
// the unit tests (vitest globalSetup), so the bin always runs the current source.
import { build } from 'esbuild'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
export const CLI_OUT = join(ROOT, 'out/cli')

export async function buildCli() {
  await build({
    entryPoints: { index: join(ROOT, 'src/cli/index.ts') },
    outdir: CLI_OUT,
    bundle: true,
    // The help text is its own small chunk; the core (zod, lowdb, undici…) loads only for a command.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    // Dependencies are bundled too, so only what is used is loaded (the date-fns barrel alone takes over a second).
    banner: { js: "import { createRequire as __subsRequire } from 'node:module'; const require = __subsRequire(import.meta.url);" },
    sourcemap: 'linked',
    logLevel: 'warning',
  })
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli()
