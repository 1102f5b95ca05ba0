/** How long sessions last; from the environment (src/env.ts), passed in so the rule stays pure. */
export interface SessionLimits {
  /** A staff or orderer session ends this long after sign-in, used or not. */
  staffMaxMs: number;
  /** A client session ends when it has not been used for this long. */
  clientIdleMs: number;
}

export interface StoredSession {
  userId: string;
  kind: string;
  lastSeenAt: Date;
  endedAt: Date | null;
}

export interface SessionClaims {
  uid: string;
  sid?: string;
  kind: "staff" | "client";
  at: number;
}

export type SessionProblem = "NO_SESSION" | "ENDED" | "OTHER_USER" | "STAFF_EXPIRED" | "IDLE";

/**
 * Why a session token may no longer be used, or null when it may. The token alone proves only
 * that we issued it; the stored row says whether it was signed out since (ADR 052).
 */
export function sessionProblem(claims: SessionClaims, stored: StoredSession | null, now: number, limits: SessionLimits): SessionProblem | null {
  if (!claims.sid || !stored) return "NO_SESSION";
  if (stored.endedAt) return "ENDED";
  if (stored.userId !== claims.uid || stored.kind !== claims.kind) return "OTHER_USER";
  if (claims.kind === "staff" && now - claims.at > limits.staffMaxMs) return "STAFF_EXPIRED";
  if (claims.kind === "client" && now - stored.lastSeenAt.getTime() > limits.clientIdleMs) return "IDLE";
  return null;
}

/**
 * Writing lastSeenAt on every request would turn each page view into a write; a few minutes'
 * precision is plenty for an idle time counted in days.
 */
export const SESSION_TOUCH_MS = 5 * 60_000;

export function needsTouch(stored: StoredSession, now: number): boolean {
  return now - stored.lastSeenAt.getTime() >= SESSION_TOUCH_MS;
}
