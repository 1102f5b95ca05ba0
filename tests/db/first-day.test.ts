import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptInvite, createJobcenter, createUnit, inviteUser } from "../../src/features/admin/actions";
import { signInClient, signInStaff } from "../../src/features/auth/mutations";
import { issueSessionToken, loadSessionUser, type SessionUser } from "../../src/features/auth/session";
import { issueClientSignIn } from "../../src/features/client-app/actions";
import { createClient } from "../../src/features/people/actions";
import { createPriceList, createTermsVersion } from "../../src/features/pricing/actions";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { AdminExistsError, bootstrapFirstAdmin } from "../../src/server/seed/first-admin";
import type { ActionResult } from "../../src/server/errors";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { as, type World } from "../support/world";

// A Jobcenter's first day (ADR 013): from an empty, migrated database with only the first admin
// to a client signed in, through the same actions the pages call.

let tdb: TestDatabase;
let db: PrismaClient;
let world: World;
const PASSWORD = "ensimmainen-paiva-123";

beforeAll(async () => {
  tdb = await createTestDatabase();
  db = tdb.db;
  world = { db } as unknown as World;
});
afterAll(async () => tdb?.close());

function ok<T>(r: ActionResult<T>): T {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data;
}
const tokenOf = (pathOrLink: string) => pathOrLink.split("/").at(-1)!;

async function signedIn(email: string): Promise<SessionUser> {
  const r = await signInStaff(db, email, PASSWORD, "127.0.0.1");
  if (!r.ok) throw new Error(r.error);
  const user = await db.user.findUniqueOrThrow({ where: { id: r.user.id } });
  return (await loadSessionUser(db, await issueSessionToken(db, user, "staff")))!;
}

describe("a Jobcenter's first day", () => {
  it("starts from an empty database with only the first admin and ends with a client signed in", async () => {
    expect(await db.user.count()).toBe(0);
    const first = await bootstrapFirstAdmin(db, { email: "Aino.Admin@Kaupunki.fi", name: "Aino Admin" });
    expect(first.link).toMatch(/\/invite\/[\w-]{20,}$/);
    expect(first.referenceRows.vatRates).toBeGreaterThan(0);
    expect(first.referenceRows.benefitLimits).toBeGreaterThan(0);
    expect(await db.jobcenter.count()).toBe(0);
    expect(await db.priceList.count()).toBe(0);
    expect(await db.outboxMessage.count({ where: { to: "aino.admin@kaupunki.fi" } })).toBe(1);

    // A second bootstrap is refused and changes nothing.
    await expect(bootstrapFirstAdmin(db, { email: "toinen@kaupunki.fi", name: "Toinen" })).rejects.toBeInstanceOf(AdminExistsError);
    expect(await db.user.count()).toBe(1);

    ok(await as(world, null, () => acceptInvite({ token: tokenOf(first.link), password: PASSWORD, confirm: PASSWORD })));
    const admin = await signedIn("aino.admin@kaupunki.fi");
    expect(admin.grants.map((g) => g.role)).toEqual(["ADMIN"]);

    // The admin creates the Jobcenter with its price lists and terms, a unit and its people.
    const { jobcenterId } = ok(
      await as(world, admin, () =>
        createJobcenter({ name: "Vammaisten työtoiminnan Työkeskus", slug: "vammaisten-tyokeskus", kind: "DISABILITY_WORK_ACTIVITY", contractModels: ["EMPLOYMENT"], email: "", phone: "09 310 1" }),
      ),
    );
    ok(await as(world, admin, () => createPriceList({ jobcenterId, contractModel: "EMPLOYMENT", validFrom: "2030-01-01", workerPay: "10,00", sideCosts: "5,50", serviceCosts: "4,50" })));
    for (const locale of ["fi", "sv", "en"] as const) {
      ok(
        await as(world, admin, () =>
          createTermsVersion({ jobcenterId, locale, title: "Tilausehdot", body: "Tilaaja ostaa palvelun työkeskukselta. Peruutus maksutta 24 h ennen.", cancellationFee: "50,00", validFrom: "2030-01-01" }),
        ),
      );
    }
    const { unitId } = ok(await as(world, admin, () => createUnit({ jobcenterId, name: "Pajala", area: "Helsinki", phone: "09 310 2", email: "" })));
    const invite = async (email: string, name: string, m: { role: "COORDINATOR"; jobcenterId: string } | { role: "UNIT_STAFF"; unitId: string }) => {
      const { path } = ok(await as(world, admin, () => inviteUser({ email, name, phone: "040 000 0000", ...m })));
      ok(await as(world, null, () => acceptInvite({ token: tokenOf(path), password: PASSWORD, confirm: PASSWORD })));
      return signedIn(email);
    };
    const coordinator = await invite("kaisa@kaupunki.fi", "Kaisa Koordinaattori", { role: "COORDINATOR", jobcenterId });
    const staff = await invite("olli@kaupunki.fi", "Olli Ohjaaja", { role: "UNIT_STAFF", unitId });
    expect(coordinator.grants).toMatchObject([{ role: "COORDINATOR", jobcenterId }]);

    // The unit's staff add a client and issue the sign-in; the client signs in with the PIN.
    const { clientId } = ok(
      await as(world, staff, () =>
        createClient({
          unitId,
          firstName: "Maija",
          lastName: "Meikäläinen",
          birthDate: "1990-05-01",
          language: "fi",
          benefits: ["DISABILITY_PENSION"],
          allowedContractModels: ["EMPLOYMENT"],
          skills: ["siivous"],
          interests: [],
          workActivityHours: [{ weekday: 1, start: "09:00", end: "14:00" }],
          consent: { parties: ["Kela", "Pajala"], scope: "Etuustiedot keikkoja varten", agreedOn: "2030-01-02" },
          readiness: "READY",
          startedOn: "2030-01-02",
        }),
      ),
    );
    const { pin } = ok(await as(world, staff, () => issueClientSignIn({ clientId, username: "maija" })));
    const signIn = await signInClient(db, "maija", pin, "127.0.0.1");
    expect(signIn).toMatchObject({ ok: true, user: { name: "Maija" } });
  });
});
