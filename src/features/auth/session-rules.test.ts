import { describe, expect, it } from "vitest";
import { needsTouch, sessionProblem, SESSION_TOUCH_MS, type StoredSession } from "./session-rules";

const hour = 3_600_000;
const day = 24 * hour;
const limits = { staffMaxMs: 12 * hour, clientIdleMs: 14 * day };
const t0 = Date.UTC(2026, 11, 3, 8);
const stored = (over: Partial<StoredSession> = {}): StoredSession => ({ userId: "u1", kind: "client", lastSeenAt: new Date(t0), endedAt: null, ...over });
const client = { uid: "u1", sid: "s1", kind: "client" as const, at: t0 };
const staff = { uid: "u1", sid: "s1", kind: "staff" as const, at: t0 };

describe("sessionProblem", () => {
  it("accepts a live session", () => {
    expect(sessionProblem(client, stored(), t0 + hour, limits)).toBeNull();
  });
  it("refuses a token without a session id or whose session is gone", () => {
    expect(sessionProblem({ ...client, sid: undefined }, stored(), t0, limits)).toBe("NO_SESSION");
    expect(sessionProblem(client, null, t0, limits)).toBe("NO_SESSION");
  });
  it("refuses a signed-out session even though the token is still valid", () => {
    expect(sessionProblem(client, stored({ endedAt: new Date(t0) }), t0 + 1, limits)).toBe("ENDED");
  });
  it("refuses a session id presented with another person's token", () => {
    expect(sessionProblem({ ...client, uid: "u2" }, stored(), t0, limits)).toBe("OTHER_USER");
    expect(sessionProblem(staff, stored(), t0, limits)).toBe("OTHER_USER");
  });
  it("ends a staff session after its fixed length, however busy", () => {
    const s = stored({ kind: "staff", lastSeenAt: new Date(t0 + 12 * hour) });
    expect(sessionProblem(staff, s, t0 + 12 * hour, limits)).toBeNull();
    expect(sessionProblem(staff, s, t0 + 12 * hour + 1, limits)).toBe("STAFF_EXPIRED");
  });
  it("keeps a client session that is used, and ends it after the idle time", () => {
    expect(sessionProblem(client, stored({ lastSeenAt: new Date(t0 + 60 * day) }), t0 + 60 * day + 14 * day, limits)).toBeNull();
    expect(sessionProblem(client, stored(), t0 + 14 * day + 1, limits)).toBe("IDLE");
  });
});

describe("needsTouch", () => {
  it("renews the last-seen time only every few minutes", () => {
    expect(needsTouch(stored(), t0 + SESSION_TOUCH_MS - 1)).toBe(false);
    expect(needsTouch(stored(), t0 + SESSION_TOUCH_MS)).toBe(true);
  });
});
