import { env } from "@/env";
import { generateToken, hashSecret } from "@/features/auth/password";
import type { AuthTokenKind, ContractModel, JobcenterKind } from "@/generated/prisma/enums";
import type { Tx } from "@/server/action";
import { hashToken, INVITE_VALID_MS, RESET_VALID_MS, tokenUsable, type NormalizedMembership } from "./rules";

const subjects: Record<AuthTokenKind, string> = {
  INVITE: "Kutsu Täsmätyöhön",
  PASSWORD_RESET: "Täsmätyö: aseta uusi salasana",
};

function bodyFor(kind: AuthTokenKind, name: string, link: string): string {
  return kind === "INVITE"
    ? `Hei ${name},\n\nsinut on kutsuttu Täsmätyöhön. Aseta itsellesi salasana tästä linkistä:\n${link}\n\nLinkki on voimassa 7 päivää ja toimii kerran.`
    : `Hei ${name},\n\nvoit asettaa Täsmätyöhön uuden salasanan tästä linkistä:\n${link}\n\nLinkki on voimassa 24 tuntia ja toimii kerran. Jos et pyytänyt uutta salasanaa, kerro ylläpitäjälle.`;
}

/**
 * Makes a one-time link for setting a password: stores only the token's hash, ends the user's
 * earlier unused links of the same kind, and puts the email in the outbox. Returns the path
 * with the token, which the admin sees once.
 */
export async function issueToken(tx: Tx, args: { userId: string; email: string; name: string; kind: AuthTokenKind; now: Date }): Promise<{ path: string; expiresAt: Date }> {
  const token = generateToken();
  const expiresAt = new Date(args.now.getTime() + (args.kind === "INVITE" ? INVITE_VALID_MS : RESET_VALID_MS));
  await tx.authToken.updateMany({ where: { userId: args.userId, kind: args.kind, usedAt: null }, data: { usedAt: args.now } });
  await tx.authToken.create({ data: { userId: args.userId, kind: args.kind, tokenHash: hashToken(token), expiresAt, createdAt: args.now } });
  const path = `/${args.kind === "INVITE" ? "invite" : "reset"}/${token}`;
  await tx.outboxMessage.create({
    data: { to: args.email, subject: subjects[args.kind], body: bodyFor(args.kind, args.name, `${env.NEXTAUTH_URL}${path}`), createdAt: args.now },
  });
  return { path, expiresAt };
}

/**
 * Uses a token once: sets the password and ends the user's other sessions. Returns the user id,
 * or null when the token is unknown, used or expired (then nothing changes).
 */
export async function consumePasswordToken(tx: Tx, args: { token: string; kind: AuthTokenKind; password: string; now: Date }): Promise<string | null> {
  const row = await tx.authToken.findUnique({ where: { tokenHash: hashToken(args.token) }, include: { user: { select: { active: true } } } });
  if (!row || row.kind !== args.kind || !row.user.active || !tokenUsable(row, args.now)) return null;
  // Only one of two simultaneous uses wins.
  const claimed = await tx.authToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: args.now } });
  if (claimed.count !== 1) return null;
  await tx.user.update({
    where: { id: row.userId },
    data: { passwordHash: await hashSecret(args.password), sessionVersion: { increment: 1 } },
  });
  return row.userId;
}

// ───────────── people and roles ─────────────

export function createStaffUser(tx: Tx, data: { email: string; name: string; phone: string | null }) {
  return tx.user.create({ data });
}

export function updateStaffUser(tx: Tx, userId: string, data: { name: string; phone: string | null }) {
  return tx.user.update({ where: { id: userId }, data });
}

/** The old password stops working and every session of the person ends at once. */
export function clearPassword(tx: Tx, userId: string) {
  return tx.user.update({ where: { id: userId }, data: { passwordHash: null, sessionVersion: { increment: 1 } } });
}

/** Deactivating also ends every session of the person at once. */
export function setUserActive(tx: Tx, userId: string, active: boolean) {
  return tx.user.update({ where: { id: userId }, data: active ? { active: true } : { active: false, sessionVersion: { increment: 1 } } });
}

/** Adds the membership, or switches an earlier removed one back on. Returns its id. */
export async function grantMembership(tx: Tx, userId: string, m: NormalizedMembership): Promise<string> {
  const existing = await tx.membership.findFirst({ where: { userId, role: m.role, jobcenterId: m.jobcenterId, unitId: m.unitId, ordererId: m.ordererId } });
  if (existing) {
    if (!existing.active) await tx.membership.update({ where: { id: existing.id }, data: { active: true } });
    return existing.id;
  }
  return (await tx.membership.create({ data: { userId, ...m } })).id;
}

/** A removed membership stays as a row (inactive), so the history of who held what is kept. */
export function deactivateMembership(tx: Tx, membershipId: string) {
  return tx.membership.update({ where: { id: membershipId }, data: { active: false } });
}

// ───────────── Jobcenters and units ─────────────

export interface JobcenterData {
  name: string;
  slug: string;
  kind: JobcenterKind;
  contractModels: ContractModel[];
  blockCommissionForUnemploymentBenefit: boolean;
  email: string | null;
  phone: string | null;
}

export function createJobcenter(tx: Tx, data: JobcenterData) {
  return tx.jobcenter.create({ data });
}

export function updateJobcenter(tx: Tx, jobcenterId: string, data: JobcenterData & { active: boolean }) {
  return tx.jobcenter.update({ where: { id: jobcenterId }, data });
}

export interface UnitData {
  name: string;
  address: string | null;
  area: string | null;
  phone: string | null;
  email: string | null;
}

export function createUnit(tx: Tx, jobcenterId: string, data: UnitData) {
  return tx.unit.create({ data: { jobcenterId, ...data } });
}

export function updateUnit(tx: Tx, unitId: string, data: UnitData & { active: boolean }) {
  return tx.unit.update({ where: { id: unitId }, data });
}
