import { getServerSession } from "next-auth";
import { env } from "@/env";
import type { Db } from "@/server/db";
import { startAuthSession, touchAuthSession } from "./mutations";
import { authOptions } from "./options";
import { findAuthSession, findSessionAccount } from "./queries";
import type { Grant, Subject } from "./rules";
import { needsTouch, sessionProblem, type SessionLimits } from "./session-rules";

export interface SessionUser extends Subject {
  userId: string;
  name: string;
  email: string | null;
  locale: string;
  kind: "staff" | "client";
  /** Set for a client's own account. */
  clientId: string | null;
  grants: Grant[];
}

export interface SessionToken {
  uid: string;
  sv: number; // the user's sessionVersion when the token was issued
  kind: "staff" | "client";
  at: number; // sign-in time, ms
  sid?: string; // the AuthSession row; a token without one (issued before ADR 052) is refused
}

export function sessionLimits(): SessionLimits {
  return { staffMaxMs: env.STAFF_SESSION_HOURS * 3_600_000, clientIdleMs: env.CLIENT_SESSION_IDLE_DAYS * 24 * 3_600_000 };
}

/** Starts a stored session for someone who just proved who they are, and returns its token claims. */
export async function issueSessionToken(
  db: Db,
  user: { id: string; sessionVersion: number },
  kind: "staff" | "client",
  now = Date.now(),
): Promise<SessionToken> {
  const sid = await startAuthSession(db, user.id, kind, new Date(now));
  return { uid: user.id, sv: user.sessionVersion, kind, at: now, sid };
}

/**
 * Turns a verified token into the signed-in person, reading roles from the database on every
 * request so that a deactivation or a removed role takes effect at once. The token's stored
 * session must still be open (not signed out, not idle too long); using it renews it.
 */
export async function loadSessionUser(db: Db, token: SessionToken | null, now = Date.now()): Promise<SessionUser | null> {
  if (!token?.uid || !token.sid) return null;
  const stored = await findAuthSession(db, token.sid);
  if (sessionProblem(token, stored, now, sessionLimits()) || !stored) return null;
  const user = await findSessionAccount(db, token.uid);
  if (!user || !user.active || user.sessionVersion !== token.sv) return null;
  if (needsTouch(stored, now)) await touchAuthSession(db, token.sid, new Date(now));
  const grants: Grant[] = user.memberships.map((m) => ({
    role: m.role,
    jobcenterId: m.jobcenterId,
    unitId: m.unitId,
    ordererId: m.ordererId,
  }));
  if (user.client?.active) grants.push({ role: "CLIENT", clientId: user.client.id, unitId: user.client.unitId });
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    locale: user.locale,
    kind: token.kind,
    clientId: user.client?.id ?? null,
    grants,
  };
}

export async function readSessionToken(): Promise<SessionToken | null> {
  const session = await getServerSession(authOptions);
  const t = (session as { token?: SessionToken } | null)?.token;
  return t ?? null;
}
