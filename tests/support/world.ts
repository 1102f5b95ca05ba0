import { issueSessionToken, loadSessionUser, type SessionUser } from "../../src/features/auth/session";
import { hashSecret } from "../../src/features/auth/password";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { runWithContext, type RequestContext } from "../../src/server/context";
import { seedBenefitLimits, seedPriceLists, seedTerms, seedVatRates } from "../../src/server/seed/reference";

/**
 * A small, fixed world for database tests: two Jobcenters with two units each, one person in
 * every role, two orderers and two clients, plus the reference data (prices, VAT, terms,
 * benefit limits). Tests create their own orders and gigs on top of it.
 *
 * D = disability work activity, R = rehabilitative work activity.
 */
export const personaNames = [
  "admin",
  "coordinatorD",
  "coordinatorR",
  "staffD1",
  "staffR1",
  "ordererX",
  "ordererY",
  "clientD1",
  "clientR1",
  // reads the figures of Jobcenter D (ADR 071), changes nothing
  "managerD",
  "anonymous",
] as const;
export type PersonaName = (typeof personaNames)[number];

export const TEST_PASSWORD = "test-password-123";
export const TEST_PIN = "123456";
// Cheap hashes: the tests check the flow, not the cost.
const TEST_COST = { N: 2 ** 10, r: 8, p: 1 };

export interface World {
  db: PrismaClient;
  jobcenterD: { id: string };
  jobcenterR: { id: string };
  unitD1: { id: string };
  unitD2: { id: string };
  unitR1: { id: string };
  unitR2: { id: string };
  ordererX: { id: string }; // a company
  ordererY: { id: string }; // an association
  clientD1: { id: string; userId: string }; // disability pension, ready
  clientD2: { id: string }; // no app account, ready
  clientR1: { id: string; userId: string }; // labour market subsidy, ready
  users: Record<Exclude<PersonaName, "anonymous">, { id: string; email: string | null }>;
  personas: Record<PersonaName, SessionUser | null>;
}

export async function createWorld(db: PrismaClient): Promise<World> {
  const password = await hashSecret(TEST_PASSWORD, TEST_COST);
  const pin = await hashSecret(TEST_PIN, TEST_COST);

  const jobcenterD = await db.jobcenter.create({
    data: {
      slug: "vammaisten-tyokeskus",
      name: "Vammaisten työtoiminnan Työkeskus",
      kind: "DISABILITY_WORK_ACTIVITY",
      contractModels: ["COMMISSION", "EMPLOYMENT"],
      blockCommissionForUnemploymentBenefit: false,
      phone: "09 310 00001",
    },
  });
  const jobcenterR = await db.jobcenter.create({
    data: {
      slug: "aikuissosiaalityon-tyokeskus",
      name: "Aikuissosiaalityön Työkeskus",
      kind: "REHABILITATIVE_WORK_ACTIVITY",
      contractModels: ["COMMISSION", "EMPLOYMENT", "PARTNER_EMPLOYER"],
      blockCommissionForUnemploymentBenefit: true,
      phone: "09 310 00002",
    },
  });
  const unit = (jobcenterId: string, name: string) =>
    db.unit.create({ data: { jobcenterId, name, area: "Helsinki", phone: "09 310 12345", address: "Työpajankatu 1, Helsinki" } });
  const unitD1 = await unit(jobcenterD.id, "Pajala");
  const unitD2 = await unit(jobcenterD.id, "Verstas");
  const unitR1 = await unit(jobcenterR.id, "Kuntouttava Itä");
  const unitR2 = await unit(jobcenterR.id, "Kuntouttava Länsi");

  const ordererX = await db.orderer.create({
    data: { kind: "COMPANY", name: "Siisti Oy", businessId: "0737546-2", status: "VERIFIED", billingMethod: "E_INVOICE", eInvoiceAddress: "003707375462", eInvoiceOperator: "003721291126", email: "tilaukset@siisti.example" },
  });
  const ordererY = await db.orderer.create({
    data: { kind: "ASSOCIATION", name: "Kotikulman yhdistys ry", businessId: "1572860-0", status: "VERIFIED", billingMethod: "EMAIL_INVOICE", billingEmail: "laskut@kotikulma.example" },
  });

  const staff = async (email: string, name: string, membership: { role: "ADMIN" | "COORDINATOR" | "UNIT_STAFF" | "ORDERER_CONTACT" | "MANAGER"; jobcenterId?: string; unitId?: string; ordererId?: string }) =>
    db.user.create({ data: { email, name, passwordHash: password, emailVerifiedAt: new Date("2026-01-01T00:00:00Z"), memberships: { create: [membership] } } });

  const admin = await staff("admin@test.fi", "Aino Admin", { role: "ADMIN" });
  const coordinatorD = await staff("koordinaattori.d@test.fi", "Kaisa Koordinaattori", { role: "COORDINATOR", jobcenterId: jobcenterD.id });
  const coordinatorR = await staff("koordinaattori.r@test.fi", "Risto Koordinaattori", { role: "COORDINATOR", jobcenterId: jobcenterR.id });
  const staffD1 = await staff("ohjaaja.d1@test.fi", "Olli Ohjaaja", { role: "UNIT_STAFF", unitId: unitD1.id });
  const staffR1 = await staff("ohjaaja.r1@test.fi", "Outi Ohjaaja", { role: "UNIT_STAFF", unitId: unitR1.id });
  const ordererXUser = await staff("tilaaja@siisti.example", "Tiina Tilaaja", { role: "ORDERER_CONTACT", ordererId: ordererX.id });
  const ordererYUser = await staff("tilaaja@kotikulma.example", "Yrjö Yhdistys", { role: "ORDERER_CONTACT", ordererId: ordererY.id });
  const managerD = await staff("johtaja.d@test.fi", "Johanna Johtaja", { role: "MANAGER", jobcenterId: jobcenterD.id });

  const clientUser = (username: string, name: string) => db.user.create({ data: { name, clientUsername: username, pinHash: pin } });
  const clientD1User = await clientUser("maija", "Maija");
  const clientR1User = await clientUser("pekka", "Pekka");
  const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 9 * 60, endMinute: 14 * 60 }));
  const clientD1 = await db.client.create({
    data: {
      unitId: unitD1.id,
      userId: clientD1User.id,
      firstName: "Maija",
      lastName: "Meikäläinen",
      area: "Helsinki",
      skills: ["cleaning", "packing"],
      interests: ["cleaning"],
      supportNeeds: "Tarvitsee selkeät ohjeet ja ohjaajan mukaan ensimmäisille kerroille.",
      benefits: ["DISABILITY_PENSION", "PENSIONERS_HOUSING_ALLOWANCE"],
      allowedContractModels: ["COMMISSION", "EMPLOYMENT"],
      readiness: "READY",
      workActivityHours: { create: weekdays },
    },
  });
  const clientD2 = await db.client.create({
    data: {
      unitId: unitD1.id,
      firstName: "Ville",
      lastName: "Virtanen",
      skills: ["outdoor"],
      benefits: ["DISABILITY_PENSION"],
      allowedContractModels: ["COMMISSION", "EMPLOYMENT"],
      readiness: "READY",
      workActivityHours: { create: weekdays },
    },
  });
  const clientR1 = await db.client.create({
    data: {
      unitId: unitR1.id,
      userId: clientR1User.id,
      firstName: "Pekka",
      lastName: "Pitkänen",
      skills: ["moving", "outdoor"],
      benefits: ["LABOUR_MARKET_SUBSIDY", "GENERAL_HOUSING_ALLOWANCE"],
      allowedContractModels: ["EMPLOYMENT", "PARTNER_EMPLOYER"],
      readiness: "READY",
      workActivityHours: { create: [1, 2, 3].map((weekday) => ({ weekday, startMinute: 8 * 60, endMinute: 12 * 60 })) },
    },
  });

  await seedVatRates(db);
  await seedBenefitLimits(db);
  for (const jc of [jobcenterD, jobcenterR]) {
    await seedPriceLists(db, jc.id, jc.contractModels);
    await seedTerms(db, jc.id);
  }

  const users = {
    admin,
    coordinatorD,
    coordinatorR,
    staffD1,
    staffR1,
    ordererX: ordererXUser,
    ordererY: ordererYUser,
    clientD1: clientD1User,
    clientR1: clientR1User,
    managerD,
  };
  const personas = {} as Record<PersonaName, SessionUser | null>;
  for (const [name, u] of Object.entries(users)) {
    const kind = name.startsWith("client") ? "client" : "staff";
    personas[name as PersonaName] = await loadSessionUser(db, await issueSessionToken(db, u, kind));
  }
  personas.anonymous = null;

  return {
    db,
    jobcenterD,
    jobcenterR,
    unitD1,
    unitD2,
    unitR1,
    unitR2,
    ordererX,
    ordererY,
    clientD1: { id: clientD1.id, userId: clientD1User.id },
    clientD2: { id: clientD2.id },
    clientR1: { id: clientR1.id, userId: clientR1User.id },
    users,
    personas,
  };
}

/** Runs `fn` as the given person: the same server actions the app calls, with this database. */
export function as<T>(world: World, persona: PersonaName | SessionUser | null, fn: () => Promise<T>, now?: Date): Promise<T> {
  const user = typeof persona === "string" ? world.personas[persona] : persona;
  const ctx: RequestContext = {
    db: world.db,
    user,
    revalidate: () => {},
    setCookie: async () => {},
    now: () => now ?? new Date(),
  };
  return runWithContext(ctx, fn);
}
