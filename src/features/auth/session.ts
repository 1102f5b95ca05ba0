import { getServerSession } from "next-auth";
import { env } from "@/env";
import type { Db } from "@/server/db";
import { authOptions } from "./options";
import { findSessionAccount } from "./queries";
import type { Grant, Subject } from "./rules";

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
}

/**
 * Turns a verified token into the signed-in person, reading roles from the database on every
 * request so that a deactivation or a removed role takes effect at once.
 */
export async function loadSessionUser(db: Db, token: SessionToken | null, now = Date.now()): Promise<SessionUser | null> {
  if (!token?.uid) return null;
  if (token.kind === "staff" && now - token.at > env.STAFF_SESSION_HOURS * 3_600_000) return null;
  const user = await findSessionAccount(db, token.uid);
  if (!user || !user.active || user.sessionVersion !== token.sv) return null;
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
