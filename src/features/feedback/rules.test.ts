import { describe, expect, it } from "vitest";
import { feedbackAskRoute, feedbackLinkUsable, forOrderer, gigIsDone, ordererWordsForClient } from "./rules";

describe("feedback rules (ADR 047)", () => {
  it("feedback is about done work only", () => {
    expect(gigIsDone({ status: "REPORTED" })).toBe(true);
    expect(gigIsDone({ status: "APPROVED" })).toBe(true);
    for (const status of ["OFFERED", "ACCEPTED", "STARTED", "CANCELLED", "DECLINED"] as const) expect(gigIsDone({ status })).toBe(false);
  });

  it("the orderer sees nothing of the client's own feedback unless the client shared it", () => {
    expect(forOrderer({ mood: 1, words: "Jännitti", shareWithOrderer: false })).toBeNull();
    expect(forOrderer(null)).toBeNull();
    expect(forOrderer({ mood: 3, words: "Kiva", shareWithOrderer: true })).toEqual({ mood: 3, words: "Kiva" });
  });

  it("the client reads the orderer's words only once recorded on the profile", () => {
    expect(ordererWordsForClient({ onProfile: false, rating: 2, comment: "Myöhässä" })).toBeNull();
    expect(ordererWordsForClient({ onProfile: true, rating: 2, comment: "Myöhässä" })).toEqual({ rating: 2, comment: "Myöhässä" });
  });

  it("asks contacts with an account in-app, else emails the named contact, else nobody", () => {
    expect(feedbackAskRoute(2, "a@example.fi")).toBe("notify");
    expect(feedbackAskRoute(0, "a@example.fi")).toBe("email");
    expect(feedbackAskRoute(0, null)).toBe("none");
  });

  it("a link works until it expires", () => {
    const now = new Date("2026-12-06T10:00:00Z");
    expect(feedbackLinkUsable({ expiresAt: new Date(now.getTime() + 1) }, now)).toBe(true);
    expect(feedbackLinkUsable({ expiresAt: now }, now)).toBe(false);
    expect(feedbackLinkUsable(null, now)).toBe(false);
  });
});
