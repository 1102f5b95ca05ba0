import { describe, expect, it } from "vitest";
import { canMoveOrder } from "./status";

describe("order states", () => {
  it("follows the process forward", () => {
    expect(canMoveOrder("RECEIVED", "TERMS_ACCEPTED")).toBe(true);
    expect(canMoveOrder("TERMS_ACCEPTED", "FINDING_WORKERS")).toBe(true);
    expect(canMoveOrder("DONE", "APPROVED")).toBe(true);
    expect(canMoveOrder("APPROVED", "INVOICED")).toBe(true);
  });
  it("never skips the terms", () => {
    expect(canMoveOrder("RECEIVED", "FINDING_WORKERS")).toBe(false);
    expect(canMoveOrder("RECEIVED", "SCHEDULED")).toBe(false);
  });
  it("cannot cancel what is done, nor reopen what is cancelled", () => {
    expect(canMoveOrder("DONE", "CANCELLED")).toBe(false);
    expect(canMoveOrder("CANCELLED", "RECEIVED")).toBe(false);
  });
});
