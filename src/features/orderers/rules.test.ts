import { describe, expect, it } from "vitest";
import { businessIdCheckDigit, isValidBusinessId, normalizeBusinessId } from "./rules";

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
