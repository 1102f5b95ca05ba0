import type { ActionResult } from "../../src/server/errors";
import type { PersonaName, World } from "./world";

/**
 * One row of the permission matrix: a server action, a valid input built from the test world,
 * and the personas that may call it. Every persona is tried: the others must get FORBIDDEN
 * (UNAUTHENTICATED when signed out) and the database must not change.
 */
export interface MatrixEntry {
  name: string;
  call: (input: unknown) => Promise<ActionResult<unknown>>;
  /** Builds the input; may create rows (an order to act on, say) as setup. */
  input: (world: World) => Promise<unknown> | unknown;
  allowed: readonly PersonaName[];
}

export function entry(e: MatrixEntry): MatrixEntry {
  return e;
}
