import { describe, expect, it } from "vitest";
import { auditVerdict } from "./npm-audit";

const counts = (high: number, critical = 0) => ({ info: 0, low: 1, moderate: 2, high, critical, total: 3 + high + critical });

describe("auditVerdict", () => {
  it("passes a report with only low and moderate findings", () => {
    const v = auditVerdict({ metadata: { vulnerabilities: counts(0) }, vulnerabilities: { a: { severity: "moderate" }, b: { severity: "low" } } }, true);
    expect(v).toEqual({ exitCode: 0, lines: ["npm audit --omit=dev: 0 critical, 0 high, 2 moderate, 1 low"] });
  });

  it("fails on a high or critical finding and names the package", () => {
    const v = auditVerdict(
      { metadata: { vulnerabilities: counts(1, 1) }, vulnerabilities: { a: { severity: "high", fixAvailable: true }, b: { severity: "critical" }, c: { severity: "low" } } },
      false,
    );
    expect(v.exitCode).toBe(1);
    expect(v.lines.slice(1)).toEqual(["  high: a (fix available: true)", "  critical: b (fix available: false)"]);
  });

  it("says when the registry did not answer, and fails then only if a check is required", () => {
    const report = { message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk" };
    expect(auditVerdict(report, false)).toEqual({ exitCode: 0, lines: [expect.stringMatching(/^WARNING: npm audit could not check .*405/)] });
    expect(auditVerdict(report, true).exitCode).toBe(1);
  });
});
