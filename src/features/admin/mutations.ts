import { env } from "@/env";
import { generateToken, hashSecret } from "@/features/auth/password";
import type { AuthTokenKind, ContractModel, JobcenterKind } from "@/generated/prisma/enums";
import type { Tx } from "@/server/action";
import { hashToken } from "@/lib/hash";
import { emailConfirmed } from "@/features/orderers/mutations";
import { EMAIL_VERIFY_VALID_MS, INVITE_VALID_MS, ORDER_REVIEW_VALID_MS, RESET_VALID_MS, tokenPathOf, tokenUsable, type NormalizedMembership } from "./rules";

const subjects: Record<AuthTokenKind, string> = {
  INVITE: "Kutsu Täsmätyöhön",
  PASSWORD_RESET: "Täsmätyö: aseta uusi salasana",
  EMAIL_VERIFY: "Täsmätyö: vahvista sähköpostiosoitteesi",
  ORDER_REVIEW: "Täsmätyö: tarkista tilauksesi",
};
const validMs: Record<AuthTokenKind, number> = { INVITE: INVITE_VALID_MS, PASSWORD_RESET: RESET_VALID_MS, EMAIL_VERIFY: EMAIL_VERIFY_VALID_MS, ORDER_REVIEW: ORDER_REVIEW_VALID_MS };

function bodyFor(kind: AuthTokenKind, name: string, link: string): string {
  if (kind === "EMAIL_VERIFY") return `Hei ${name},\n\nvahvista sähköpostiosoitteesi tästä linkistä:\n${link}`;
  return kind === "INVITE"
    ? `Hei ${name},\n\nsinut on kutsuttu Täsmätyöhön. Aseta itsellesi salasana tästä linkistä:\n${link}\n\nLinkki on voimassa 7 päivää ja toimii kerran.`
    : `Hei ${name},\n\nvoit asettaa Täsmätyöhön uuden salasanan tästä linkistä:\n${link}\n\nLinkki on voimassa 24 tuntia ja toimii kerran. Jos et pyytänyt uutta salasanaa, kerro ylläpitäjälle.`;
}

/**
 * Makes a one-time link for setting a password: stores only the token's hash, ends the user's
 * earlier unused links of the same kind, and puts the email in the outbox. Returns the path
 * with the token, which the admin sees once.
 */
export async function issueToken(
  tx: Tx,
  args: {
    userId: string;
    email: string;
    name: string;
    kind: AuthTokenKind;
    now: Date;
    /** The email in the person's own language; without it the Finnish admin texts above. */
    message?: { subject: string; body: (link: string) => string };
  },
): Promise<{ path: string; expiresAt: Date }> {
  const token = generateToken();
  const expiresAt = new Date(args.now.getTime() + validMs[args.kind]);
  await tx.authToken.updateMany({ where: { userId: args.userId, kind: args.kind, usedAt: null }, data: { usedAt: args.now } });
  await tx.authToken.create({ data: { userId: args.userId, kind: args.kind, tokenHash: hashToken(token), expiresAt, createdAt: args.now } });
  const path = tokenPathOf(args.kind, token);
  const link = `${env.NEXTAUTH_URL}${path}`;
  await tx.outboxMessage.create({
    data: {
      to: args.email,
      subject: args.message?.subject ?? subjects[args.kind],
      body: args.message ? args.message.body(link) : bodyFor(args.kind, args.name, link),
      createdAt: args.now,
    },
  });
  return { path, expiresAt };
}

/** Claims a usable token of this kind once; the row, or null (unknown, used, expired, inactive). */
async function claimToken(tx: Tx, token: string, kind: AuthTokenKind, now: Date) {
  const row = await tx.authToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: { select: { active: true, emailVerifiedAt: true } } } });
  if (!row || row.kind !== kind || !row.user.active || !tokenUsable(row, now)) return null;
  // Only one of two simultaneous uses wins.
  const claimed = await tx.authToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
  return claimed.count === 1 ? row : null;
}

/**
 * Opening any link sent to the address proves the person reads that mailbox (ADR 055): the
 * email is verified, and an orderer registered with it now reaches the coordinator.
 */
async function markEmailVerified(tx: Tx, user: { id: string; emailVerifiedAt: Date | null }, now: Date) {
  if (user.emailVerifiedAt) return;
  await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: now } });
  await emailConfirmed(tx, user.id);
}

/** The link in a new registration's email: returns the user id, or null for a bad link. */
export async function consumeEmailToken(tx: Tx, args: { token: string; now: Date }): Promise<string | null> {
  const row = await claimToken(tx, args.token, "EMAIL_VERIFY", args.now);
  if (!row) return null;
  await markEmailVerified(tx, { id: row.userId, emailVerifiedAt: row.user.emailVerifiedAt }, args.now);
  return row.userId;
}

/**
 * Uses a token once: sets the password and ends the user's other sessions. Returns the user id,
 * or null when the token is unknown, used or expired (then nothing changes).
 */
export async function consumePasswordToken(tx: Tx, args: { token: string; kind: AuthTokenKind; password: string; now: Date }): Promise<string | null> {
  const row = await claimToken(tx, args.token, args.kind, args.now);
  if (!row) return null;
  await markEmailVerified(tx, { id: row.userId, emailVerifiedAt: row.user.emailVerifiedAt }, args.now);
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
