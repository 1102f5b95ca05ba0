import { describe, expect, it } from "vitest";
import { termsAccepted } from "./rules";

describe("termsAccepted", () => {
  it("is true only in accepted states without pending re-acceptance", () => {
    expect(termsAccepted({ status: "TERMS_ACCEPTED", reacceptanceRequired: false })).toBe(true);
    expect(termsAccepted({ status: "SCHEDULED", reacceptanceRequired: false })).toBe(true);
    expect(termsAccepted({ status: "TERMS_ACCEPTED", reacceptanceRequired: true })).toBe(false);
    expect(termsAccepted({ status: "RECEIVED", reacceptanceRequired: false })).toBe(false);
    expect(termsAccepted({ status: "DRAFT", reacceptanceRequired: false })).toBe(false);
    expect(termsAccepted({ status: "CANCELLED", reacceptanceRequired: false })).toBe(false);
  });
});
