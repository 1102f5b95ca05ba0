import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionResult, RuleCode } from "../../src/server/errors";
import { createTestDatabase, type TestDatabase } from "./db";
import { as, createWorld, personaNames, type PersonaName, type World } from "./world";

/**
 * One row of the permission matrix: a server action, a valid input built from the test world,
 * and the personas that may call it. Every persona is tried: the others must get FORBIDDEN
 * (UNAUTHENTICATED when signed out) and the database must not change.
 */
export interface MatrixEntry<I = never> {
  name: string;
  call: (input: I) => Promise<ActionResult<unknown>>;
  /** Builds the input; may create rows (an order to act on, say) as setup. */
  input: (world: World) => Promise<NoInfer<I>> | NoInfer<I>;
  allowed: readonly PersonaName[];
  /**
   * The rule an allowed persona is refused by, when the valid input still breaks a domain rule
   * for them on purpose. Unset: every allowed persona must succeed (`ok: true`).
   */
  refusal?: RuleCode;
}

type AnyEntry = MatrixEntry<never>;
/** What the matrix runs: the input's type is checked per entry, then forgotten. */
type Runnable = {
  name: string;
  call: (input: unknown) => Promise<ActionResult<unknown>>;
  input: (world: World) => unknown;
  allowed: readonly PersonaName[];
  refusal?: RuleCode;
};

/** Types the entry's input by its action's schema, so a fixture that drifts from the schema fails the typecheck. */
export function entry<I>(e: MatrixEntry<I>): AnyEntry {
  return e as unknown as AnyEntry;
}

/** Row count and content hash of every table, in one query: a denial must leave all as they were. */
async function fingerprintQuery(w: World): Promise<string> {
  const tables = await w.db.$queryRaw<{ t: string }[]>`
    SELECT tablename AS t FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY 1`;
  const parts = tables.map(
    ({ t }) => `SELECT '${t}' AS t, count(*) AS n, md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))) AS h FROM "${t}" x`,
  );
  return `SELECT string_agg(t || ':' || n || ':' || coalesce(h, ''), '|' ORDER BY t) AS f FROM (${parts.join(" UNION ALL ")}) s`;
}

/** Runs every entry as every persona against one fresh database for this file. */
export function runMatrix(typed: readonly AnyEntry[]) {
  const entries = typed as unknown as readonly Runnable[];
  let tdb: TestDatabase;
  let world: World;
  let query: string;
  const fingerprint = async () => (await world.db.$queryRawUnsafe<{ f: string }[]>(query))[0]?.f;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    world = await createWorld(tdb.db);
    query = await fingerprintQuery(world);
  });
  afterAll(async () => tdb?.close());

  for (const e of entries) {
    describe(e.name, () => {
      it("refuses malformed input with INVALID_INPUT and changes nothing", async () => {
        const before = await fingerprint();
        const persona = e.allowed[0] ?? "admin";
        for (const bad of [null, "x", 42, []]) {
          const result = await as(world, persona, () => e.call(bad));
          expect(result).toMatchObject({ ok: false, error: "INVALID_INPUT" });
        }
        expect(await fingerprint()).toBe(before);
      });
      for (const persona of personaNames) {
        const allowed = e.allowed.includes(persona);
        it(`${allowed ? "allows" : "denies"} ${persona}`, async () => {
          const input = await e.input(world);
          if (allowed) {
            const result = await as(world, persona, () => e.call(input));
            // Anything but the named outcome fails: an INTERNAL or NOT_FOUND here means the
            // input was not valid for this persona, and the case proved nothing.
            if (e.refusal) expect(result).toMatchObject({ ok: false, error: "RULE_VIOLATION", rule: e.refusal });
            else expect(result).toMatchObject({ ok: true });
          } else {
            const before = await fingerprint();
            const result = await as(world, persona, () => e.call(input));
            expect(result.ok).toBe(false);
            if (!result.ok) expect(result.error).toBe(persona === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
            expect(await fingerprint()).toBe(before);
          }
        });
      }
    });
  }
}
