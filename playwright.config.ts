import { defineConfig } from '@playwright/test'

// The e2e harness drives Debian's Chromium (playwright-core, no downloaded browsers) against the
// production renderer build, with window.api bound to the real core (see test/e2e/harness.ts).
export default defineConfig({
  testDir: 'test/e2e',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The JSON report is what .ci/run sums into its closing line.
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  outputDir: 'test-results/playwright',
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    locale: 'en-GB',
    // Same zone as the core in this process, as in Electron where main and renderer share the machine's.
    timezoneId: Intl.DateTimeFormat().resolvedOptions().timeZone,
    viewport: { width: 1280, height: 860 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
})
