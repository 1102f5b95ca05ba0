import { describe, expect, it } from "vitest";
import { permissions } from "./permissions";
import {
  can,
  delayAfterFailures,
  maxGuessesFromOneSource,
  maxGuessesOnAccount,
  roles,
  SIGN_IN_THROTTLE,
  type Grant,
  type PermissionTable,
  type Subject,
} from "./rules";

const table = {
  "client.read": [
    { role: "ADMIN", scope: "any" },
    { role: "COORDINATOR", scope: "jobcenter" },
    { role: "UNIT_STAFF", scope: "unit" },
    { role: "CLIENT", scope: "self" },
  ],
  "order.read": [{ role: "ORDERER_CONTACT", scope: "orderer" }],
} as const satisfies PermissionTable;

const subject = (...grants: Grant[]): Subject => ({ userId: "u1", grants });

describe("can", () => {
  const client = { jobcenterId: "jc1", unitId: "unit1", clientId: "c1" };

  it("lets an admin read any client", () => {
    expect(can(table, subject({ role: "ADMIN" }), "client.read", client)).toBe(true);
  });
  it("lets a coordinator read clients of their own Jobcenter only", () => {
    expect(can(table, subject({ role: "COORDINATOR", jobcenterId: "jc1" }), "client.read", client)).toBe(true);
    expect(can(table, subject({ role: "COORDINATOR", jobcenterId: "jc2" }), "client.read", client)).toBe(false);
  });
  it("lets unit staff read their unit's clients only", () => {
    expect(can(table, subject({ role: "UNIT_STAFF", unitId: "unit1" }), "client.read", client)).toBe(true);
    expect(can(table, subject({ role: "UNIT_STAFF", unitId: "unit2" }), "client.read", client)).toBe(false);
  });
  it("matches any of several ids on the row (an order offered to several units)", () => {
    expect(can(table, subject({ role: "UNIT_STAFF", unitId: "unit2" }), "client.read", { unitId: ["unit1", "unit2"] })).toBe(true);
  });
  it("lets a client read only themselves", () => {
    expect(can(table, subject({ role: "CLIENT", clientId: "c1" }), "client.read", client)).toBe(true);
    expect(can(table, subject({ role: "CLIENT", clientId: "c2" }), "client.read", client)).toBe(false);
  });
  it("never lets an orderer read a client", () => {
    expect(can(table, subject({ role: "ORDERER_CONTACT", ordererId: "o1" }), "client.read", { ...client, ordererId: "o1" })).toBe(false);
  });
  it("denies a role bound to nothing when the row names nothing", () => {
    expect(can(table, subject({ role: "ORDERER_CONTACT", ordererId: "o1" }), "order.read", {})).toBe(false);
    expect(can(table, subject({ role: "UNIT_STAFF", unitId: null }), "client.read", { unitId: null })).toBe(false);
  });
  it("denies the signed-out", () => {
    expect(can(table, null, "client.read", client)).toBe(false);
  });
  it("throws on a permission that is not in the table", () => {
    expect(() => can(table, subject({ role: "ADMIN" }), "nope", {})).toThrow(/Unknown permission/);
  });
});

describe("the app's permission table", () => {
  it("names only known roles and scopes", () => {
    const scopes = ["any", "jobcenter", "unit", "orderer", "self", "signedIn"];
    for (const [action, rules] of Object.entries(permissions)) {
      expect(rules.length, action).toBeGreaterThan(0);
      for (const r of rules) {
        expect(roles).toContain(r.role);
        expect(scopes).toContain(r.scope);
      }
    }
  });
  it("gives the admin area to admins only", () => {
    for (const role of roles) {
      expect(can(permissions, subject({ role, jobcenterId: "j", unitId: "u", ordererId: "o", clientId: "c" }), "admin.access")).toBe(role === "ADMIN");
    }
  });
});

describe("sign-in throttling (ADR 050)", () => {
  it("gives a few free failures, then doubles the wait up to the cap", () => {
    expect([1, 2, 3, 4].map((n) => delayAfterFailures(n))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8].map((n) => delayAfterFailures(n))).toEqual([60, 120, 240, 480]);
    expect(delayAfterFailures(13)).toBe(SIGN_IN_THROTTLE.maxDelaySeconds);
    expect(delayAfterFailures(1000)).toBe(SIGN_IN_THROTTLE.maxDelaySeconds);
  });

  it("bounds a year of guessing a 6-digit PIN far below the million PINs (the figures in ADR 050)", () => {
    const year = 365 * 24 * 3600;
    expect(maxGuessesFromOneSource(24 * 3600)).toBe(17);
    expect(maxGuessesOnAccount(year, 0)).toBe(7300);
    expect(maxGuessesOnAccount(year, 1)).toBe(13_450);
    // Even from one of the owner's own networks, under 1.4 % of the PINs in a year.
    expect(maxGuessesOnAccount(year, 1) / 1_000_000).toBeLessThan(0.014);
  });
});
