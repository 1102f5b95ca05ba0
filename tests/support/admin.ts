import { randomUUID } from "node:crypto";
import { issueToken } from "../../src/features/admin/mutations";
import type { AuthTokenKind, OrderStatus } from "../../src/generated/prisma/enums";
import type { World } from "./world";

/** Every order state, for checks that the demo covers them all. */
export const orderStatuses: readonly OrderStatus[] = [
  "DRAFT",
  "RECEIVED",
  "TERMS_ACCEPTED",
  "FINDING_WORKERS",
  "SCHEDULED",
  "IN_PROGRESS",
  "DONE",
  "APPROVED",
  "INVOICED",
  "CANCELLED",
];

let linkSeq = 0;

/**
 * A live invitation or reset link for a new active staff member, issued through the real
 * mutation (only its hash is stored, so a test cannot make one by hand). Returns the raw token.
 */
export async function linkToken(world: World, kind: AuthTokenKind): Promise<string> {
  const email = `linkki.${++linkSeq}.${randomUUID()}@test.fi`;
  const user = await world.db.user.create({ data: { email, name: "Linkki Käyttäjä", memberships: { create: [{ role: "UNIT_STAFF", unitId: world.unitD2.id }] } } });
  const { path } = await world.db.$transaction((tx) => issueToken(tx, { userId: user.id, email, name: user.name, kind, now: new Date() }));
  return path.slice(path.lastIndexOf("/") + 1);
}
