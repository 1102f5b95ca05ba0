import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { finnishCheckDigit, finnishReference, formatReference, isValidFinnishIban, isValidFinnishReference, rfReference } from "./reference";

describe("Finnish reference numbers", () => {
  it("computes the 7-3-1 check digit", () => {
    // 1511890656 is finnish-bank-utils' own example of a valid reference.
    expect(finnishReference("123")).toBe("1232");
    expect(finnishCheckDigit("151189065")).toBe(6);
  });

  it("makes references the library accepts, in both forms", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{2,18}$/), (base) => {
        const ref = finnishReference(base);
        expect(isValidFinnishReference(ref)).toBe(true);
        expect(isValidFinnishReference(rfReference(ref))).toBe(true);
      }),
    );
  });

  it("gives the RF form ISO 11649's check digits", () => {
    // The example of ISO 11649 (as on Wikipedia): RF18 5390 0754 7034.
    expect(rfReference("539007547034")).toBe("RF18539007547034");
    expect(formatReference("1511890656")).toBe("15118 90656");
  });

  it("a wrong check digit is refused", () => {
    expect(isValidFinnishReference("1233")).toBe(false);
    expect(isValidFinnishIban("FI9080002627761348")).toBe(true);
    expect(isValidFinnishIban("FI9080002627761349")).toBe(false);
  });
});
