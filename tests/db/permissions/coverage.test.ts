import { describe, expect, it } from "vitest";
import type { MatrixEntry } from "../../support/matrix";

// Every feature lists its actions in tests/db/permissions/<feature>.matrix.ts and runs them in
// <feature>.test.ts (one file each, so that the matrix runs on both test workers).
const matrixModules = import.meta.glob<{ entries: MatrixEntry[] }>("./*.matrix.ts", { eager: true });
const runnerFiles = Object.keys(import.meta.glob("./*.test.ts"));
const entries = Object.values(matrixModules).flatMap((m) => m.entries);

// Every "use server" module in the app; each exported function is a public endpoint.
const actionModules = import.meta.glob<Record<string, unknown>>("/src/**/actions.ts", { eager: true });

describe("permission matrix", () => {
  it("has a row for every exported server action", () => {
    const listed = new Set(entries.map((e) => e.call));
    const missing: string[] = [];
    for (const [file, mod] of Object.entries(actionModules)) {
      for (const [name, value] of Object.entries(mod)) {
        if (typeof value === "function" && !listed.has(value as MatrixEntry["call"])) missing.push(`${file}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("runs every matrix module", () => {
    const withoutRunner = Object.keys(matrixModules)
      .map((f) => f.replace(".matrix.ts", ".test.ts"))
      .filter((runner) => !runnerFiles.includes(runner));
    expect(withoutRunner).toEqual([]);
  });
});
