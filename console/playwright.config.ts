import { defineConfig } from '@playwright/test'

/**
 * The console's journeys in Debian's Chromium (never a downloaded browser), run by e2e-tests' ConsoleInBrowserIT
 * against the gateway of the end-to-end platform; the addresses and prepared data come from GJ_* variables.
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['junit', { outputFile: process.env.GJ_REPORT ?? 'target/browser-tests/junit.xml' }]],
  outputDir: process.env.GJ_ARTIFACTS ?? 'target/browser-tests/artifacts',
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1366, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      // Chromium as root, on a machine without GPU or outside network: no sandbox, no background connections.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
})
