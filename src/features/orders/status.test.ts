import { describe, expect, it } from "vitest";
import { OrderStatus } from "@/generated/prisma/enums";
import { canMoveOrder, CHANGEABLE_ORDER_STATES, CLOSED_ORDER_STATES, isOrderIn, OPEN_ORDER_STATES, TERMS_ACCEPTED_STATES } from "./status";

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

describe("named sets of order states", () => {
  const all = Object.values(OrderStatus);
  it("only DONE is both open and closed: closed to changes, still in the coordinator's inbox to approve", () => {
    expect(all.filter((s) => isOrderIn(OPEN_ORDER_STATES, s) && isOrderIn(CLOSED_ORDER_STATES, s))).toEqual(["DONE"]);
    expect(all.filter((s) => !isOrderIn(OPEN_ORDER_STATES, s) && !isOrderIn(CLOSED_ORDER_STATES, s))).toEqual(["DRAFT"]);
  });
  it("changeable: submitted and not yet done, every one of them open", () => {
    expect(CHANGEABLE_ORDER_STATES).not.toContain("DRAFT");
    expect(CHANGEABLE_ORDER_STATES).toContain("RECEIVED");
    for (const s of CHANGEABLE_ORDER_STATES) {
      expect(isOrderIn(OPEN_ORDER_STATES, s)).toBe(true);
      expect(isOrderIn(CLOSED_ORDER_STATES, s)).toBe(false);
    }
  });
  it("a changeable order can still be cancelled; a closed one cannot move back", () => {
    for (const s of CHANGEABLE_ORDER_STATES) expect(canMoveOrder(s, "CANCELLED")).toBe(true);
    for (const s of all.filter((x) => !isOrderIn(CHANGEABLE_ORDER_STATES, x) && x !== "DRAFT")) expect(canMoveOrder(s, "CANCELLED")).toBe(false);
  });
  it("terms are accepted in every state after TERMS_ACCEPTED except a cancellation", () => {
    expect(all.filter((s) => isOrderIn(TERMS_ACCEPTED_STATES, s))).toEqual(["TERMS_ACCEPTED", "FINDING_WORKERS", "SCHEDULED", "IN_PROGRESS", "DONE", "APPROVED", "INVOICED"]);
  });
  it("isOrderIn accepts a status read as text", () => {
    expect(isOrderIn(CLOSED_ORDER_STATES, "CANCELLED")).toBe(true);
    expect(isOrderIn(CLOSED_ORDER_STATES, "NOT_A_STATE")).toBe(false);
  });
});
