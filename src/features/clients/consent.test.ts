import { describe, expect, it } from "vitest";
import { dateColumn } from "@/lib/dates";
import { consentAllows, type ConsentLike } from "./rules";

const consent = (over: Partial<ConsentLike> & { id: string }): ConsentLike => ({
  partyKinds: ["OTHER_UNIT"],
  scopes: ["WORK_PROFILE"],
  agreedOn: dateColumn("2026-02-03"),
  validUntil: dateColumn("2027-02-03"),
  withdrawnAt: null,
  ...over,
});

describe("consentAllows", () => {
  it("allows the named party and scope from the day it was agreed to its last day", () => {
    const c = consent({ id: "a" });
    expect(consentAllows([c], "OTHER_UNIT", "WORK_PROFILE", "2026-02-02")).toBeNull();
    expect(consentAllows([c], "OTHER_UNIT", "WORK_PROFILE", "2026-02-03")).toBe(c);
    expect(consentAllows([c], "OTHER_UNIT", "WORK_PROFILE", "2027-02-03")).toBe(c);
    expect(consentAllows([c], "OTHER_UNIT", "WORK_PROFILE", "2027-02-04")).toBeNull();
  });

  it("needs both the party and the scope", () => {
    const c = consent({ id: "a" });
    expect(consentAllows([c], "KELA", "WORK_PROFILE", "2026-06-01")).toBeNull();
    expect(consentAllows([c], "OTHER_UNIT", "BENEFITS", "2026-06-01")).toBeNull();
  });

  it("hides at once when withdrawn, whatever the dates say", () => {
    const c = consent({ id: "a", withdrawnAt: new Date("2026-05-01T08:00:00Z") });
    expect(consentAllows([c], "OTHER_UNIT", "WORK_PROFILE", "2026-04-01")).toBeNull();
  });

  it("an open-ended consent lasts longest; otherwise the latest last day wins", () => {
    const short = consent({ id: "short", validUntil: dateColumn("2026-12-31") });
    const long = consent({ id: "long", validUntil: dateColumn("2027-06-30") });
    const open = consent({ id: "open", validUntil: null });
    expect(consentAllows([short, long], "OTHER_UNIT", "WORK_PROFILE", "2026-06-01")?.id).toBe("long");
    expect(consentAllows([short, open, long], "OTHER_UNIT", "WORK_PROFILE", "2026-06-01")?.id).toBe("open");
    expect(consentAllows([open, short], "OTHER_UNIT", "WORK_PROFILE", "2026-06-01")?.id).toBe("open");
  });

  it("reads the days in Helsinki (a date column is that day whatever the server's zone)", () => {
    const c = consent({ id: "a", agreedOn: dateColumn("2026-03-29"), validUntil: dateColumn("2026-03-29") });
    expect(consentAllows([c], "OTHER_UNIT", "WORK_PROFILE", "2026-03-29")).toBe(c);
    expect(consentAllows([c], "OTHER_UNIT", "WORK_PROFILE", "2026-03-30")).toBeNull();
  });

  it("nothing is allowed without a consent", () => {
    expect(consentAllows([], "JOBCENTER_COORDINATION", "SUPPORT_NEEDS", "2026-06-01")).toBeNull();
  });
});
