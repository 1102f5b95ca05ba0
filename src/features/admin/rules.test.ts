import { describe, expect, it } from "vitest";
import { hashToken } from "@/lib/hash";
import { defaultBlockCommission, normalizeMembership, pageOf, tokenUsable, wouldRemoveLastAdmin } from "./rules";

describe("tokens", () => {
  const now = new Date("2026-11-22T12:00:00Z");
  it("works once, before it expires", () => {
    expect(tokenUsable({ expiresAt: new Date("2026-11-23T12:00:00Z"), usedAt: null }, now)).toBe(true);
    expect(tokenUsable({ expiresAt: now, usedAt: null }, now)).toBe(false);
    expect(tokenUsable({ expiresAt: new Date("2026-11-23T12:00:00Z"), usedAt: new Date("2026-11-22T11:00:00Z") }, now)).toBe(false);
    expect(tokenUsable(null, now)).toBe(false);
  });
  it("stores a sha-256 hash, never the token", () => {
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hashToken("abc")).not.toContain("abc");
  });
});

describe("LAST_ADMIN", () => {
  it("stops removing the only active admin", () => {
    expect(wouldRemoveLastAdmin(["a"], "a")).toBe(true);
    expect(wouldRemoveLastAdmin(["a", "b"], "a")).toBe(false);
    expect(wouldRemoveLastAdmin(["a"], "x")).toBe(false);
  });
});

describe("organisations", () => {
  it("blocks commission contracts by default only in rehabilitative work activity", () => {
    expect(defaultBlockCommission("REHABILITATIVE_WORK_ACTIVITY")).toBe(true);
    expect(defaultBlockCommission("DISABILITY_WORK_ACTIVITY")).toBe(false);
  });
  it("binds each role to its own kind of organisation", () => {
    expect(normalizeMembership({ role: "ADMIN", jobcenterId: "j" })).toEqual({ role: "ADMIN", jobcenterId: null, unitId: null, ordererId: null });
    expect(normalizeMembership({ role: "COORDINATOR", jobcenterId: "j", unitId: "u" })).toEqual({ role: "COORDINATOR", jobcenterId: "j", unitId: null, ordererId: null });
    expect(normalizeMembership({ role: "UNIT_STAFF", jobcenterId: "j" })).toBeNull();
    expect(normalizeMembership({ role: "ORDERER_CONTACT", ordererId: "o" })?.ordererId).toBe("o");
  });
  it("reads a page number safely", () => {
    expect(pageOf("3")).toBe(3);
    expect(pageOf("0")).toBe(1);
    expect(pageOf("x")).toBe(1);
    expect(pageOf(undefined)).toBe(1);
  });
});
