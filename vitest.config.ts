import path from "node:path";
import { defineConfig } from "vitest/config";

// Tests run in a time zone far from both UTC and Helsinki unless told otherwise, so that any
// date computed in the server's zone instead of Europe/Helsinki shows up. CI also runs in UTC.
process.env.TZ ??= "Pacific/Kiritimati";

const alias = { "@": path.resolve(import.meta.dirname, "src") };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["src/**/*.test.ts", "scripts/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "db",
          include: ["tests/db/**/*.test.ts"],
          exclude: ["tests/db/**/*.isolated.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/cheap-hashes.ts"],
          // The files share nothing but the loaded modules and a pool of databases that each
          // file resets to the test world before use (tests/support/db.ts, ADR 007).
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two cores: more workers only make each PGlite start slower.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "db-isolated",
          // Files that mock modules (vi.mock) need their own module graph, so they get one.
          include: ["tests/db/**/*.isolated.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/cheap-hashes.ts"],
          isolate: true,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two cores: more workers only make each PGlite start slower.
          maxWorkers: 2,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
