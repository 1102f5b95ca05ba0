import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionResult, RuleCode } from "../../src/server/errors";
import { createTestWorld, type TestDatabase } from "./db";
import { watchChanges, type ChangeWatch } from "./watch";
import { as, personaNames, type PersonaName, type World } from "./world";

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

/** Runs every entry as every persona against one database holding the test world, for this file. */
export function runMatrix(typed: readonly AnyEntry[]) {
  const entries = typed as unknown as readonly Runnable[];
  let tdb: TestDatabase;
  let world: World;
  let watch: ChangeWatch;

  beforeAll(async () => {
    ({ tdb, world } = await createTestWorld());
    watch = await watchChanges(tdb);
  });
  afterAll(async () => tdb?.close());

  for (const e of entries) {
    describe(e.name, () => {
      it("refuses malformed input with INVALID_INPUT and changes nothing", async () => {
        await watch.start();
        const persona = e.allowed[0] ?? "admin";
        for (const bad of [null, "x", 42, []]) {
          const result = await as(world, persona, () => e.call(bad));
          expect(result).toMatchObject({ ok: false, error: "INVALID_INPUT" });
        }
        expect(await watch.changed()).toBeNull();
      });
      for (const persona of personaNames) {
        const allowed = e.allowed.includes(persona);
        it(`${allowed ? "allows" : "denies"} ${persona}`, async () => {
          const input = await e.input(world);
          if (allowed) {
            // The matrix asks who may, not how often: throttle counts of earlier cases are not its concern.
            await world.db.rateLimiterFlexible.deleteMany();
            const result = await as(world, persona, () => e.call(input));
            // Anything but the named outcome fails: an INTERNAL or NOT_FOUND here means the
            // input was not valid for this persona, and the case proved nothing.
            const got = JSON.stringify(result).slice(0, 300);
            if (e.refusal) expect(result, got).toMatchObject({ ok: false, error: "RULE_VIOLATION", rule: e.refusal });
            else expect(result, got).toMatchObject({ ok: true });
          } else {
            await watch.start();
            const result = await as(world, persona, () => e.call(input));
            expect(result.ok).toBe(false);
            if (!result.ok) expect(result.error).toBe(persona === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
            expect(await watch.changed()).toBeNull();
          }
        });
      }
    });
  }
}
