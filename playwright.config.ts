import { defineConfig, devices } from "@playwright/test";

// Browser tests run against a production build (`npm run build`) served by `next start` on a
// freshly seeded embedded database (scripts/e2e-server.mjs). They use Debian's Chromium:
// Playwright's own browser download is not available on these machines.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// The first-day spec starts from an empty database with only an admin: its own server, next port.
// Not port + 1: the helpers and CI lanes run neighbouring ports side by side.
const firstDayPort = Number(process.env.E2E_FIRST_DAY_PORT ?? port + 1000);
const firstDayURL = `http://127.0.0.1:${firstDayPort}`;
const smtpUrl = `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? 3125}`;

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 90_000,
  expect: { timeout: 15_000 },
  // One server with one embedded database: the specs run one after another.
  fullyParallel: false,
  workers: 1,
  // No retries: the specs change the seeded data as they go, so a retry would not start clean.
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL,
    locale: "fi-FI",
    timezoneId: "Europe/Helsinki",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: /(client|first-day)\.spec\.ts/ },
    // The client spec resets the demo client's PIN on its way, so it runs after every other spec.
    { name: "client", use: { ...devices["Desktop Chrome"], channel: undefined }, testMatch: /client\.spec\.ts/, dependencies: ["chromium"] },
    { name: "first-day", use: { ...devices["Desktop Chrome"], channel: undefined, baseURL: firstDayURL }, testMatch: /first-day\.spec\.ts/ },
  ],
  webServer: [
    {
      command: "node scripts/e2e-server.mjs",
      url: `${baseURL}/signin`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      // The app's emails go to the SMTP server the specs open (tests/e2e/mailbox.ts).
      env: { E2E_PORT: String(port), SMTP_URL: smtpUrl },
    },
    {
      command: "node scripts/e2e-server.mjs",
      url: `${firstDayURL}/signin`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: { E2E_PORT: String(firstDayPort), E2E_FIRST_DAY: "1", SMTP_URL: smtpUrl },
    },
  ],
});
