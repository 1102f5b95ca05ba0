import { describe, expect, it } from "vitest";
import { helsinkiInstant } from "@/lib/dates";
import {
  CLIENT_VISIBLE_GIG_STATES,
  SUPPORT_WATCH_STATES,
  canReportYet,
  canStartYet,
  finishInstant,
  finishLooksTooSoon,
  queueKey,
  queueOutcome,
  gigThings,
  homeSections,
  isForgottenCheckOut,
  isUnansweredOffer,
  mapUrl,
  minutesBetween,
  nextStep,
  travelAtOwnCost,
  normaliseUsername,
  roundWorkedMinutes,
  telHref,
  USERNAME_PATTERN,
} from "./rules";

const at = (time: string, day = "2026-11-23") => helsinkiInstant(day, time);

describe("worked time", () => {
  it("rounds to the nearest quarter hour, at least 15 min and at most 16 h", () => {
    expect(roundWorkedMinutes(0)).toBe(15);
    expect(roundWorkedMinutes(7)).toBe(15);
    expect(roundWorkedMinutes(187)).toBe(180);
    expect(roundWorkedMinutes(188)).toBe(195);
    expect(roundWorkedMinutes(3000)).toBe(960);
    expect(minutesBetween(at("09:02"), at("12:05"))).toBe(180);
  });

  it("opens 'I started' only in the window before the start: not at 05:43 for a 15:00 gig", () => {
    const gig = { startsAt: at("15:00") };
    expect(canStartYet(gig, at("05:43"), 15)).toBe(false);
    expect(canStartYet(gig, at("14:44"), 15)).toBe(false);
    expect(canStartYet(gig, at("14:45"), 15)).toBe(true);
    expect(canStartYet(gig, at("16:00"), 15)).toBe(true);
    expect(canStartYet(gig, at("14:00"), 60)).toBe(true);
    expect(nextStep({ ...gig, status: "ACCEPTED" }, at("05:43"), 15)).toBe("none");
    expect(nextStep({ ...gig, status: "ACCEPTED" }, at("14:50"), 15)).toBe("start");
    expect(nextStep({ ...gig, status: "OFFERED" }, at("07:00"), 15)).toBe("answer");
    expect(nextStep({ ...gig, status: "STARTED" }, at("16:00"), 15)).toBe("finish");
    expect(nextStep({ ...gig, status: "REPORTED" }, at("18:00"), 15)).toBe("waiting");
  });

  it("takes reported hours only from the start on, also just after midnight (Helsinki) and across the zone the tests run in", () => {
    expect(canReportYet({ startsAt: at("15:00") }, at("14:59"))).toBe(false);
    expect(canReportYet({ startsAt: at("15:00") }, at("15:00"))).toBe(true);
    const night = { startsAt: at("00:30") };
    expect(canStartYet(night, at("00:14"), 15)).toBe(false);
    expect(canStartYet(night, at("23:59", "2026-11-22"), 15)).toBe(false);
    expect(canStartYet(night, at("00:15"), 15)).toBe(true);
    expect(canReportYet(night, at("00:29"))).toBe(false);
  });

  it("sees a forgotten check-out four hours after the planned end", () => {
    const gig = { status: "STARTED" as const, endsAt: at("12:00") };
    expect(isForgottenCheckOut(gig, at("16:00"))).toBe(false);
    expect(isForgottenCheckOut(gig, at("16:01"))).toBe(true);
    expect(isForgottenCheckOut({ ...gig, status: "REPORTED" }, at("23:00"))).toBe(false);
  });

  it("sees an offer unanswered after 24 hours", () => {
    expect(isUnansweredOffer({ status: "OFFERED", updatedAt: at("10:00", "2026-11-22") }, at("10:00"))).toBe(false);
    expect(isUnansweredOffer({ status: "OFFERED", updatedAt: at("09:59", "2026-11-22") }, at("10:00"))).toBe(true);
    expect(isUnansweredOffer({ status: "ACCEPTED", updatedAt: at("09:00", "2026-11-01") }, at("10:00"))).toBe(false);
  });
});

describe("home", () => {
  const g = (id: string, status: "OFFERED" | "ACCEPTED" | "STARTED" | "REPORTED" | "APPROVED" | "DECLINED", day: string) => ({
    id,
    status,
    startsAt: at("10:00", day),
    endsAt: at("13:00", day),
  });
  it("shows the started or earliest accepted gig first, then offers, then done gigs newest first", () => {
    const s = homeSections([
      g("later", "ACCEPTED", "2026-11-30"),
      g("soon", "ACCEPTED", "2026-11-24"),
      g("offer", "OFFERED", "2026-11-26"),
      g("old", "APPROVED", "2026-11-01"),
      g("newer", "REPORTED", "2026-11-20"),
      g("no", "DECLINED", "2026-11-25"),
    ]);
    expect(s.next?.id).toBe("soon");
    expect(s.upcoming.map((x) => x.id)).toEqual(["later"]);
    expect(s.offers.map((x) => x.id)).toEqual(["offer"]);
    expect(s.done.map((x) => x.id)).toEqual(["newer", "old"]);
    expect(homeSections([g("a", "ACCEPTED", "2026-11-24"), g("b", "STARTED", "2026-11-25")]).next?.id).toBe("b");
    expect(homeSections([]).next).toBeNull();
  });

  it("links the map and the phone", () => {
    expect(mapUrl("Työpajankatu 1, Helsinki")).toBe("https://www.openstreetmap.org/search?query=Ty%C3%B6pajankatu%201%2C%20Helsinki");
    expect(telHref("09 310 12345")).toBe("tel:+358931012345");
    expect(telHref("+358 40 123 4567")).toBe("tel:+358401234567");
  });

  it("accepts short lower-case usernames", () => {
    expect(USERNAME_PATTERN.test(normaliseUsername(" Maija "))).toBe(true);
    expect(USERNAME_PATTERN.test("ma")).toBe(false);
    expect(USERNAME_PATTERN.test("maija meikäläinen")).toBe(false);
  });
});

describe("named gig state sets of the client app", () => {
  it("shows the client every booked gig except a planned one", () => {
    expect([...CLIENT_VISIBLE_GIG_STATES]).toEqual(["OFFERED", "ACCEPTED", "STARTED", "REPORTED", "APPROVED"]);
  });
  it("watches offers and started gigs in the support list", () => {
    expect([...SUPPORT_WATCH_STATES]).toEqual(["OFFERED", "STARTED"]);
  });
});

describe("what to bring, what the orderer gives, the trip", () => {
  it("keeps the assignment's list and the orderer's list apart", () => {
    expect(gigThings({ bringItems: "Sisäkengät", order: { ordererProvides: "Välineet" } })).toEqual({ bring: "Sisäkengät", provided: "Välineet" });
    expect(gigThings({ bringItems: null, order: { ordererProvides: "Välineet" } })).toEqual({ bring: null, provided: "Välineet" });
    expect(gigThings({ bringItems: "  ", order: { ordererProvides: null } })).toEqual({ bring: null, provided: null });
  });
  it("a disability client pays the trip to a gig; a rehabilitative one is not told so", () => {
    expect(travelAtOwnCost("DISABILITY_WORK_ACTIVITY")).toBe(true);
    expect(travelAtOwnCost("REHABILITATIVE_WORK_ACTIVITY")).toBe(false);
  });
});

describe("the phone's queue (ADR 080)", () => {
  const startedAt = new Date("2026-12-07T08:00:00Z");
  const now = new Date("2026-12-07T13:00:00Z");

  it("counts a queued finish until the press, kept between 'I started' and the server's now", () => {
    expect(finishInstant(startedAt, undefined, now)).toEqual(now);
    expect(finishInstant(startedAt, new Date("2026-12-07T11:00:00Z"), now)).toEqual(new Date("2026-12-07T11:00:00Z"));
    expect(finishInstant(startedAt, new Date("2026-12-07T19:00:00Z"), now)).toEqual(now);
    expect(finishInstant(startedAt, new Date("2026-12-06T19:00:00Z"), now)).toEqual(startedAt);
  });

  it("asks when 'I finished' comes within a minute of 'I started'", () => {
    expect(finishLooksTooSoon(startedAt, new Date(startedAt.getTime() + 1_000))).toBe(true);
    expect(finishLooksTooSoon(startedAt, new Date(startedAt.getTime() + 59_999))).toBe(true);
    expect(finishLooksTooSoon(startedAt, new Date(startedAt.getTime() + 60_000))).toBe(false);
  });

  it("keeps a call only while sending again could succeed", () => {
    expect(queueOutcome({ ok: true })).toBe("sent");
    expect(queueOutcome({ ok: false, error: "NETWORK" })).toBe("retry");
    expect(queueOutcome({ ok: false, error: "RATE_LIMITED" })).toBe("retry");
    expect(queueOutcome({ ok: false, error: "UNAUTHENTICATED" })).toBe("retry");
    expect(queueOutcome({ ok: false, error: "RULE_VIOLATION" })).toBe("refused");
    expect(queueOutcome({ ok: false, error: "FORBIDDEN" })).toBe("refused");
  });

  it("keeps one call per gig and kind", () => {
    expect(queueKey({ kind: "hours", gigId: "g1" })).toBe("hours:g1");
    expect(queueKey({ kind: "finish", gigId: "g1" })).toBe("finish:g1");
  });
});
