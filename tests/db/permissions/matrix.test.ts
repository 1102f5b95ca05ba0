import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MatrixEntry } from "../../support/matrix";
import { createTestDatabase, type TestDatabase } from "../../support/db";
import { as, createWorld, personaNames, type World } from "../../support/world";

// Every feature lists its actions in tests/db/permissions/<feature>.matrix.ts.
const matrixModules = import.meta.glob<{ entries: MatrixEntry[] }>("./*.matrix.ts", { eager: true });
const entries = Object.values(matrixModules).flatMap((m) => m.entries);

// Every "use server" module in the app; each exported function is a public endpoint.
const actionModules = import.meta.glob<Record<string, unknown>>("/src/**/actions.ts", { eager: true });

let tdb: TestDatabase;
let world: World;

/** Row counts of every table: a denial must leave all of them as they were. */
async function fingerprint(w: World): Promise<string> {
  const tables = await w.db.$queryRaw<{ t: string }[]>`
    SELECT tablename AS t FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY 1`;
  const parts: string[] = [];
  for (const { t } of tables) {
    const rows = await w.db.$queryRawUnsafe<{ n: bigint; h: string | null }[]>(
      `SELECT count(*) AS n, md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))) AS h FROM "${t}" x`,
    );
    parts.push(`${t}:${rows[0]?.n}:${rows[0]?.h}`);
  }
  return parts.join("|");
}

beforeAll(async () => {
  tdb = await createTestDatabase();
  world = await createWorld(tdb.db);
});
afterAll(async () => tdb?.close());

describe("permission matrix", () => {
  it("covers every exported server action", () => {
    const listed = new Set(entries.map((e) => e.call));
    const missing: string[] = [];
    for (const [file, mod] of Object.entries(actionModules)) {
      for (const [name, value] of Object.entries(mod)) {
        if (typeof value === "function" && !listed.has(value as MatrixEntry["call"])) missing.push(`${file}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  for (const e of entries) {
    describe(e.name, () => {
      for (const persona of personaNames) {
        const allowed = e.allowed.includes(persona);
        it(`${allowed ? "allows" : "denies"} ${persona}`, async () => {
          const input = await e.input(world);
          if (allowed) {
            const result = await as(world, persona, () => e.call(input));
            if (!result.ok) expect(["FORBIDDEN", "UNAUTHENTICATED"]).not.toContain(result.error);
          } else {
            const before = await fingerprint(world);
            const result = await as(world, persona, () => e.call(input));
            expect(result.ok).toBe(false);
            if (!result.ok) expect(result.error).toBe(persona === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
            expect(await fingerprint(world)).toBe(before);
          }
        });
      }
    });
  }
});
