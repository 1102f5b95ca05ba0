import { describe, expect, it } from "vitest";
import { dateColumn, helsinkiInstant } from "@/lib/dates";
import { GigStatus, OrderStatus } from "@/generated/prisma/enums";
import { quote } from "@/features/pricing/rules";
import {
  startsInPast,
  estimatedMinutesPerWorker,
  cancellationFee,
  changeAllowed,
  currentTerms,
  feedbackAllowed,
  hireAllowed,
  isCurrentTerms,
  isEditable,
  messageKind,
  messagesOpen,
  pendingChangeOf,
  termsAccepted,
} from "./rules";

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

describe("cancellation fee", () => {
  it("is free while no worker is assigned", () => {
    expect(cancellationFee({ status: "TERMS_ACCEPTED" }, [], 5000)).toBe(0);
    expect(cancellationFee({ status: "FINDING_WORKERS" }, [{ status: "DECLINED" }, { status: "CANCELLED" }], 5000)).toBe(0);
    expect(cancellationFee({ status: "DRAFT" }, [], null)).toBe(0);
  });
  it("charges the accepted terms' fee once a worker is assigned", () => {
    for (const status of ["PLANNED", "OFFERED", "ACCEPTED", "STARTED", "REPORTED"] as const) {
      expect(cancellationFee({ status: "SCHEDULED" }, [{ status: "DECLINED" }, { status }], 5000)).toBe(5000);
    }
  });
  it("cannot cancel what is done or already cancelled", () => {
    for (const status of ["DONE", "APPROVED", "INVOICED", "CANCELLED"] as const) {
      expect(cancellationFee({ status }, [], 5000)).toBeNull();
    }
  });
});

describe("terms versions", () => {
  const rows = [
    { id: "fi1", locale: "fi", version: 1, validFrom: dateColumn("2022-01-01") },
    { id: "fi2", locale: "fi", version: 2, validFrom: dateColumn("2027-01-01") },
    { id: "sv1", locale: "sv", version: 1, validFrom: dateColumn("2022-01-01") },
  ];
  it("picks the highest version that has started, per language", () => {
    expect(currentTerms(rows, "fi", dateColumn("2026-12-31"))?.id).toBe("fi1");
    expect(currentTerms(rows, "fi", dateColumn("2027-01-01"))?.id).toBe("fi2");
    expect(currentTerms(rows, "sv", dateColumn("2027-01-01"))?.id).toBe("sv1");
  });
  it("falls back to Finnish for a language without terms", () => {
    expect(currentTerms(rows, "en", dateColumn("2026-06-01"))?.id).toBe("fi1");
    expect(currentTerms(rows, "fi", dateColumn("2021-06-01"))).toBeNull();
  });
  it("an older version is outdated once a newer one starts", () => {
    expect(isCurrentTerms(rows, "fi1", dateColumn("2026-12-31"))).toBe(true);
    expect(isCurrentTerms(rows, "fi1", dateColumn("2027-01-01"))).toBe(false);
    expect(isCurrentTerms(rows, "nope", dateColumn("2027-01-01"))).toBe(false);
  });
});

describe("editing and feedback", () => {
  it("only drafts are editable", () => {
    expect(isEditable({ status: "DRAFT" })).toBe(true);
    expect(isEditable({ status: "RECEIVED" })).toBe(false);
  });
  it("feedback only on completed gigs", () => {
    expect(feedbackAllowed({ status: "APPROVED" })).toBe(true);
    expect(feedbackAllowed({ status: "REPORTED" })).toBe(true);
    expect(feedbackAllowed({ status: "ACCEPTED" })).toBe(false);
  });
});

describe("changes the coordinator may propose", () => {
  it("from submission until the work is done", () => {
    const allowed = Object.values(OrderStatus).filter((status) => changeAllowed({ status }));
    expect(allowed).toEqual(["RECEIVED", "TERMS_ACCEPTED", "FINDING_WORKERS", "SCHEDULED", "IN_PROGRESS"]);
  });
  it("the orderer decides on the one pending change", () => {
    const changes = [
      { id: "a", status: "DECLINED" as const },
      { id: "b", status: "PENDING" as const },
      { id: "c", status: "WITHDRAWN" as const },
    ];
    expect(pendingChangeOf(changes)?.id).toBe("b");
    expect(pendingChangeOf(changes.filter((c) => c.status !== "PENDING"))).toBeUndefined();
  });
});

describe("hires", () => {
  it("once the worker has said yes, and not after declining or being replaced", () => {
    const allowed = Object.values(GigStatus).filter((status) => hireAllowed({ status }));
    expect(allowed).toEqual(["ACCEPTED", "STARTED", "REPORTED", "APPROVED"]);
  });
});

describe("messages", () => {
  it("the coordinator's message is a question only when marked so", () => {
    expect(messageKind(false, true, null)).toBe("QUESTION");
    expect(messageKind(false, false, "QUESTION")).toBe("MESSAGE");
  });
  it("the orderer's reply to an open question is its answer", () => {
    expect(messageKind(true, false, "QUESTION")).toBe("ANSWER");
    // an orderer cannot ask: the flag is ignored
    expect(messageKind(true, true, "QUESTION")).toBe("ANSWER");
  });
  it("once answered, the orderer's next message is a plain message", () => {
    expect(messageKind(true, false, "ANSWER")).toBe("MESSAGE");
    expect(messageKind(true, true, null)).toBe("MESSAGE");
  });
  it("can be written until the order is cancelled", () => {
    expect(messagesOpen({ status: "DONE" })).toBe(true);
    expect(messagesOpen({ status: "DRAFT" })).toBe(true);
    expect(messagesOpen({ status: "CANCELLED" })).toBe(false);
  });
});

describe("startsInPast", () => {
  const now = helsinkiInstant("2026-11-22", "12:00");
  it("refuses a start before now, even by a minute, and allows now and later", () => {
    expect(startsInPast(helsinkiInstant("2026-11-22", "11:59"), now)).toBe(true);
    expect(startsInPast(helsinkiInstant("2026-11-21", "23:00"), now)).toBe(true);
    expect(startsInPast(now, now)).toBe(false);
    expect(startsInPast(helsinkiInstant("2026-11-22", "12:01"), now)).toBe(false);
  });
  it("compares Helsinki wall-clock starts with the instant, across midnight and daylight saving", () => {
    // 23:30 Helsinki on 22.11. is 21:30 UTC: a session at 00:15 on 23.11. is still ahead
    expect(startsInPast(helsinkiInstant("2026-11-23", "00:15"), helsinkiInstant("2026-11-22", "23:30"))).toBe(false);
    // the last Sunday of March: 03:30 summer time is after 02:30 winter time
    expect(startsInPast(helsinkiInstant("2026-03-29", "04:30"), helsinkiInstant("2026-03-29", "02:30"))).toBe(false);
  });
});

describe("the estimate follows the schedule", () => {
  it("with exact sessions: the sessions' lengths per worker (two 4-hour sessions are 8 h, × 3 workers = 24 h)", () => {
    const sessions = [
      { date: "2026-12-10", start: "08:00", end: "12:00" },
      { date: "2026-12-11", start: "08:00", end: "12:00" },
    ];
    const perWorker = estimatedMinutesPerWorker({ scheduleKind: "EXACT", sessions, minutesPerWorker: 240 });
    expect(perWorker).toBe(480);
    expect(quote({ unitPriceCents: 2000, vatRateBp: 2550, minutesPerWorker: perWorker!, workerCount: 3 }).totalMinutes).toBe(24 * 60);
  });
  it("with an indicative window, or before a session is complete: the orderer's own estimate stands", () => {
    expect(estimatedMinutesPerWorker({ scheduleKind: "WINDOW", sessions: [], minutesPerWorker: 180 })).toBe(180);
    expect(estimatedMinutesPerWorker({ scheduleKind: "EXACT", sessions: [{ date: "2026-12-1", start: "08:00", end: "" }], minutesPerWorker: 180 })).toBe(180);
  });
  it("counts the hours really worked on the night the clocks go back (Helsinki), whatever the zone the tests run in", () => {
    // 25.10.2026 04:00 → 03:00: 01:00–05:00 on the clock is five hours of work.
    expect(estimatedMinutesPerWorker({ scheduleKind: "EXACT", sessions: [{ date: "2026-10-25", start: "01:00", end: "05:00" }], minutesPerWorker: 60 })).toBe(300);
  });
});
