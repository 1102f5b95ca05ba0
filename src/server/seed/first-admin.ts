import { env } from "@/env";
import { issueToken } from "@/features/admin/mutations";
import type { PrismaClient } from "@/generated/prisma/client";
import { seedBenefitLimits, seedVatRates } from "./reference";

// A Jobcenter's first day (ADR 013): an empty, migrated database gets the reference rows nothing
// runs without (VAT rates, benefit limits: the same rows as the demo's) and its first admin, who
// sets a password from a one-time invitation link. Price lists and terms belong to a Jobcenter,
// so the admin enters them with the Jobcenter in the admin area.

export class AdminExistsError extends Error {
  constructor() {
    super("An admin already exists: invite further admins in the admin area (/admin/users).");
  }
}

export interface FirstAdmin {
  userId: string;
  link: string;
  expiresAt: Date;
  referenceRows: { vatRates: number; benefitLimits: number };
}

export async function bootstrapFirstAdmin(db: PrismaClient, who: { email: string; name: string }, now = new Date()): Promise<FirstAdmin> {
  const email = who.email.trim().toLowerCase();
  const name = who.name.trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error(`Not an email address: ${who.email}`);
  if (!name) throw new Error("The admin needs a name (--name).");
  return db.$transaction(async (tx) => {
    // Any admin, active or not: a second bootstrap must not hand out a way in.
    if ((await tx.membership.count({ where: { role: "ADMIN" } })) > 0) throw new AdminExistsError();
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw new Error(`The email ${email} is already in use.`);
    // Only what is missing: a database restored without an admin keeps its own dated rows.
    const vatRates = await tx.vatRate.count();
    if (vatRates === 0) await seedVatRates(tx);
    const benefitLimits = await tx.benefitLimit.count();
    if (benefitLimits === 0) await seedBenefitLimits(tx);
    const user = await tx.user.create({ data: { email, name, memberships: { create: [{ role: "ADMIN" }] } }, select: { id: true } });
    await tx.auditEvent.create({ data: { actorUserId: null, action: "user.bootstrapAdmin", entityType: "User", entityId: user.id, details: { email }, createdAt: now } });
    const token = await issueToken(tx, { userId: user.id, email, name, kind: "INVITE", now });
    return {
      userId: user.id,
      link: `${env.NEXTAUTH_URL}${token.path}`,
      expiresAt: token.expiresAt,
      referenceRows: { vatRates: vatRates === 0 ? await tx.vatRate.count() : 0, benefitLimits: benefitLimits === 0 ? await tx.benefitLimit.count() : 0 },
    };
  });
}
