import { describe, expect, it } from "vitest";
import { businessIdCheckDigit, duplicateOf, isValidBusinessId, normalizeBusinessId, ordererProblem, reviewProblem } from "./rules";

describe("Y-tunnus", () => {
  it("accepts valid IDs", () => {
    expect(isValidBusinessId("0737546-2")).toBe(true);
    expect(isValidBusinessId("1572860-0")).toBe(true);
  });
  it("rejects a wrong check digit or format", () => {
    expect(isValidBusinessId("0737546-3")).toBe(false);
    expect(isValidBusinessId("1572860-1")).toBe(false);
    expect(isValidBusinessId("07375462")).toBe(false);
    expect(isValidBusinessId("737546-2")).toBe(false);
    expect(isValidBusinessId("abcdefg-h")).toBe(false);
    expect(isValidBusinessId("")).toBe(false);
  });
  it("remainder 0 gives check 0, remainder 1 is never valid", () => {
    // 1572860: 1·7+5·9+7·10+2·5+8·8+6·4+0·2 = 220 = 11·20 → 0
    expect(businessIdCheckDigit("1572860")).toBe(0);
    // 0000030: 3·4 = 12 → remainder 1
    expect(businessIdCheckDigit("0000030")).toBeNull();
    for (let d = 0; d <= 9; d++) expect(isValidBusinessId(`0000030-${d}`)).toBe(false);
  });
  it("normalizes typed input", () => {
    expect(normalizeBusinessId(" 07375462 ")).toBe("0737546-2");
    expect(normalizeBusinessId("0737546-2")).toBe("0737546-2");
  });
});

describe("who the orderer is (ADR 055)", () => {
  it("only a verified orderer's order goes on to units, workers and billing", () => {
    expect(ordererProblem({ status: "VERIFIED" })).toBeNull();
    for (const status of ["EMAIL_PENDING", "UNVERIFIED", "REFUSED", "MERGED"] as const) expect(ordererProblem({ status })).toBe("ORDERER_UNVERIFIED");
  });
  it("a decision is made once, and a twin is joined or refused but never verified alone", () => {
    const waiting = { status: "UNVERIFIED" as const, duplicateOfId: null };
    const twin = { status: "UNVERIFIED" as const, duplicateOfId: "o1" };
    expect(reviewProblem(waiting, "VERIFIED")).toBeNull();
    expect(reviewProblem(waiting, "REFUSED")).toBeNull();
    expect(reviewProblem(waiting, "JOINED")).toBe("ORDERER_NOT_DUPLICATE");
    expect(reviewProblem(twin, "VERIFIED")).toBe("ORDERER_DUPLICATE_BUSINESS_ID");
    expect(reviewProblem(twin, "JOINED")).toBeNull();
    expect(reviewProblem(twin, "REFUSED")).toBeNull();
    expect(reviewProblem({ status: "EMAIL_PENDING", duplicateOfId: null }, "VERIFIED")).toBe("ORDERER_NOT_WAITING");
    expect(reviewProblem({ status: "VERIFIED", duplicateOfId: null }, "REFUSED")).toBe("ORDERER_NOT_WAITING");
  });
  it("a twin points at the oldest verified orderer, else the oldest waiting one, never a refused one", () => {
    const at = (d: string) => new Date(d);
    expect(duplicateOf([])).toBeNull();
    expect(duplicateOf([{ id: "r", status: "REFUSED", createdAt: at("2026-01-01") }])).toBeNull();
    expect(
      duplicateOf([
        { id: "u", status: "UNVERIFIED", createdAt: at("2025-01-01") },
        { id: "v2", status: "VERIFIED", createdAt: at("2026-02-01") },
        { id: "v1", status: "VERIFIED", createdAt: at("2026-01-01") },
      ])?.id,
    ).toBe("v1");
    expect(duplicateOf([{ id: "u", status: "UNVERIFIED", createdAt: at("2025-01-01") }, { id: "m", status: "MERGED", createdAt: at("2024-01-01") }])?.id).toBe("u");
  });
});
