import { describe, expect, it } from "vitest";
import { helsinkiInstant } from "@/lib/dates";
import { buildCertificateContents, isValidPeriod } from "./rules";

describe("certificate contents", () => {
  it("lists approved gigs by Helsinki day, totals hours, orderers once, and the average rating", () => {
    const c = buildCertificateContents({
      clientName: "Maija Mäkinen",
      jobcenterName: "Vammaisten työtoiminnan Työkeskus",
      periodStart: "2026-01-01",
      periodEnd: "2026-11-22",
      gigs: [
        { startsAt: helsinkiInstant("2026-03-02", "00:30"), approvedMinutes: 180, order: { title: "Ikkunanpesu", category: "CLEANING", orderer: { name: "Siisti Oy" } } },
        { startsAt: helsinkiInstant("2026-02-10", "09:00"), approvedMinutes: 120, order: { title: "Postitus", category: "PACKING_MAILING", orderer: { name: "Kotikulman yhdistys ry" } } },
        { startsAt: helsinkiInstant("2026-04-01", "09:00"), approvedMinutes: 90, order: { title: "Siivous", category: "CLEANING", orderer: { name: "Siisti Oy" } } },
      ],
      ratings: [5, 4, 4],
      signedByName: "Kaisa Koordinaattori",
      signedAt: helsinkiInstant("2026-11-22", "23:30"),
    });
    expect(c.gigs.map((g) => [g.date, g.title, g.minutes])).toEqual([
      ["2026-02-10", "Postitus", 120],
      ["2026-03-02", "Ikkunanpesu", 180],
      ["2026-04-01", "Siivous", 90],
    ]);
    expect(c.totalMinutes).toBe(390);
    expect(c.categories).toEqual(["PACKING_MAILING", "CLEANING"]);
    expect(c.orderers).toEqual(["Kotikulman yhdistys ry", "Siisti Oy"]);
    expect(c.feedback).toEqual({ count: 3, averageTenths: 43 });
    expect(c.signedOn).toBe("2026-11-22");
  });

  it("accepts only real periods with start ≤ end", () => {
    expect(isValidPeriod("2026-01-01", "2026-01-01")).toBe(true);
    expect(isValidPeriod("2026-02-01", "2026-01-31")).toBe(false);
    expect(isValidPeriod("2026-02-30", "2026-03-01")).toBe(false);
    expect(isValidPeriod("1.1.2026", "2026-03-01")).toBe(false);
  });
});
