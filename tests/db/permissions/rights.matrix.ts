import { eraseClient, eraseUser } from "../../../src/features/rights/actions";
import { createClient } from "../../support/coordination";
import { entry } from "../../support/matrix";
import type { World } from "../../support/world";

let seq = 0;

/** A client of Pajala whose period ended 13 years ago: past the default 12-year retention. */
async function formerClient(w: World) {
  const client = await createClient(w, { firstName: `Entinen${++seq}` });
  await w.db.client.update({ where: { id: client.id }, data: { status: "ENDED", active: false } });
  await w.db.pathwayEvent.create({
    data: { clientId: client.id, unitId: w.unitD1.id, kind: "PERIOD_ENDED", occurredOn: new Date("2013-05-31T00:00:00Z"), recordedById: w.users.staffD1.id },
  });
  return client;
}

// Only admins erase, and only what is past its retention period (ADR 074).
export const entries = [
  entry({
    name: "rights.eraseClient",
    call: eraseClient,
    input: async (w) => ({ clientId: (await formerClient(w)).id, confirm: true as const }),
    allowed: ["admin"],
  }),
  entry({
    name: "rights.eraseUser",
    call: eraseUser,
    input: async (w) => {
      const user = await w.db.user.create({
        data: { name: `Entinen Ohjaaja ${++seq}`, email: `entinen${seq}.${Date.now()}@test.fi`, active: false, updatedAt: new Date("2012-01-01T00:00:00Z") },
      });
      return { userId: user.id, confirm: true as const };
    },
    allowed: ["admin"],
  }),
];
