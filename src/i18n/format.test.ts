import { beforeAll, describe, expect, it } from "vitest";
import { dateColumn, helsinkiInstant } from "@/lib/dates";
import { intlLocales, locales, toLocale, type AppLocale } from "./config";
import { appFormatter, intlFormatter, type AppFormatter } from "./format";
import { loadMessages } from "./messages";

// Intl separates with no-break spaces (U+00A0, U+202F); the assertions read them as spaces.
const plain = (text: string) => text.replace(/\s/g, " ");

const formatters = {} as Record<AppLocale, AppFormatter>;
beforeAll(async () => {
  for (const l of locales) formatters[l] = appFormatter(l, await loadMessages(l));
});

describe("one Intl locale per language", () => {
  it("writes every language the Finnish way of its region", () => {
    expect(intlLocales).toEqual({ fi: "fi-FI", sv: "sv-FI", en: "en-GB" });
  });
  it("falls back to Finnish for a stored language that is not ours", () => {
    expect(toLocale("sv")).toBe("sv");
    expect(toLocale("de")).toBe("fi");
    expect(toLocale(null)).toBe("fi");
  });
});

describe("dates in Helsinki, whatever the server's zone", () => {
  // 23.30 in Helsinki is already the next day in Kiritimati (UTC+14) and still the same in UTC.
  const lateEvening = helsinkiInstant("2026-12-03", "23:30");
  const morning = helsinkiInstant("2026-07-01", "09:05");

  it("shows the Helsinki calendar day", () => {
    expect(intlFormatter("fi").date(lateEvening)).toBe("3.12.2026");
    expect(intlFormatter("sv").date(lateEvening)).toBe("3.12.2026");
    expect(intlFormatter("en").date(lateEvening)).toBe("03/12/2026");
  });
  it("shows the Helsinki wall-clock time, 24-hour", () => {
    expect(intlFormatter("fi").time(morning)).toBe("09.05");
    expect(intlFormatter("sv").time(morning)).toBe("09.05");
    expect(intlFormatter("en").time(morning)).toBe("09:05");
    expect(intlFormatter("fi").time(lateEvening)).toBe("23.30");
  });
  it("joins day and time", () => {
    expect(intlFormatter("fi").dateTime(lateEvening)).toBe("3.12.2026 23.30");
  });
  it("names the weekday in the reader's language", () => {
    expect(intlFormatter("fi").weekdayDate(lateEvening)).toBe("torstaina 3.12.");
    expect(intlFormatter("sv").weekdayDate(lateEvening)).toBe("torsdag 3.12");
    expect(intlFormatter("en").weekdayDate(lateEvening)).toMatch(/^Thursday,? 03\/12$/);
  });
  it("reads a @db.Date column as the calendar day it holds", () => {
    expect(intlFormatter("fi").day(dateColumn("2024-09-01"))).toBe("1.9.2024");
    expect(intlFormatter("fi").day(dateColumn("2026-12-31"))).toBe("31.12.2026");
    expect(intlFormatter("en").day(dateColumn("2024-09-01"))).toBe("01/09/2024");
  });
});

describe("numbers by the reader's language, money always in Finnish euros", () => {
  it("writes a VAT rate with the reader's decimal mark", () => {
    expect(plain(intlFormatter("fi").rate(2550))).toBe("25,5 %");
    expect(plain(intlFormatter("sv").rate(2550))).toBe("25,5 %");
    expect(intlFormatter("en").rate(2550)).toBe("25.5%");
    expect(plain(intlFormatter("fi").rate(2400))).toBe("24 %");
    expect(intlFormatter("en").rate(0)).toBe("0%");
  });
  it("writes euros as fi-FI in every language (ADR 005)", () => {
    for (const l of locales) {
      expect(plain(intlFormatter(l).euros(1450))).toBe("14,50 €");
      expect(plain(intlFormatter(l).euros(123456))).toBe("1 234,56 €");
    }
  });
  it("rounds a one-decimal figure", () => {
    expect(intlFormatter("fi").oneDecimal(4.25)).toBe("4,3");
    expect(intlFormatter("en").oneDecimal(4.25)).toBe("4.3");
    expect(intlFormatter("en").oneDecimal(5)).toBe("5");
  });
});

describe("durations with translated units", () => {
  it("writes hours and minutes", () => {
    for (const l of locales) {
      const f = formatters[l];
      expect(f.minutes(150)).toBe("2 h 30 min");
      expect(f.minutes(60)).toBe("1 h");
      expect(f.minutes(45)).toBe("45 min");
      expect(f.minutes(0)).toBe("0 min");
      expect(f.minutes(24 * 60 + 5)).toBe("24 h 5 min");
    }
  });
});
