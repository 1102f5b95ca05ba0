import { env } from "@/env";
import { generateToken, hashSecret } from "@/features/auth/password";
import type { AuthTokenKind } from "@/generated/prisma/enums";
import type { Tx } from "@/server/action";
import { hashToken, INVITE_VALID_MS, RESET_VALID_MS, tokenUsable } from "./rules";

/** Users who are active and hold an active ADMIN membership. */
export async function activeAdminIds(tx: Tx): Promise<string[]> {
  const rows = await tx.membership.findMany({
    where: { role: "ADMIN", active: true, user: { active: true } },
    select: { userId: true },
  });
  return [...new Set(rows.map((r) => r.userId))];
}

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
