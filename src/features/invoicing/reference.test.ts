import fc from "fast-check";
import { describe, expect, it } from "vitest";
import FinnishBankUtils from "finnish-bank-utils";
import { finnishCheckDigit, finnishReference, formatReference, isValidFinnishIban, isValidFinnishReference, rfReference, virtualBarCode } from "./reference";

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

describe("virtualBarCode", () => {
  it("matches Finanssiala's examples (v4 Finnish reference, v5 RF)", () => {
    expect(virtualBarCode("FI58 1017 1000 0001 22", 48299, "55958 22432 94671", "2012-01-31")).toBe("458101710000001220004829900000000559582243294671120131");
    expect(virtualBarCode("FI02 5000 4640 0013 02", 69380, "RF61 6987 5672 0839", "2011-07-24")).toBe("502500046400013020006938061000000000698756720839110724");
  });
  it("is read back by finnish-bank-utils for any amount (its own formatter is off by floating point)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), fc.stringMatching(/^[1-9]\d{2,15}$/), (cents, base) => {
        const reference = finnishReference(base);
        for (const ref of [reference, rfReference(reference)]) {
          const code = virtualBarCode("FI2112345600000785", cents, ref, "2024-10-15");
          expect(code).toMatch(/^\d{54}$/);
          const back = FinnishBankUtils.parseFinnishVirtualBarCode(code!);
          expect(back && Math.round(back.sum * 100)).toBe(cents);
          expect(back && back.date).toBe("15.10.2024");
          expect(back && back.reference.replace(/\s/g, "")).toBe(ref);
        }
      }),
      { numRuns: 200 },
    );
  });
  it("has no code for nothing to pay or too much", () => {
    expect(virtualBarCode("FI2112345600000785", 0, "1232", null)).toBeNull();
    expect(virtualBarCode("FI2112345600000785", -100, "1232", null)).toBeNull();
    expect(virtualBarCode("FI2112345600000785", 100_000_000, "1232", null)).toBeNull();
  });
});
