import { confirmPayRun, createPayRun, discardPayRun, exportPayRun, savePayDetails } from "../../../src/features/payroll/actions";
import { dateColumn } from "../../../src/lib/dates";
import { entry } from "../../support/matrix";
import type { World } from "../../support/world";

// Pay (ADR 063): runs and the payroll export are the coordinator's of the Jobcenter; the worker's
// pay details are recorded by their unit staff or that coordinator. Orderers, clients, unit staff
// (for runs and exports) and the other Jobcenter's coordinator get FORBIDDEN.
let months = 0;
/** A month of its own for every run the matrix makes (a run is unique per Jobcenter and month). */
function nextMonth(): string {
  months++;
  const year = 2020 - Math.floor(months / 12);
  return `${year}-${String((months % 12) + 1).padStart(2, "0")}`;
}

async function run(w: World, status: "DRAFT" | "CONFIRMED") {
  const [y, m] = nextMonth().split("-");
  const r = await w.db.payRun.create({
    data: {
      jobcenterId: w.jobcenterD.id,
      periodStart: dateColumn(`${y}-${m}-01`),
      periodEnd: dateColumn(`${y}-${m}-28`),
      paymentDate: dateColumn(`${y}-${m}-28`),
      status,
      grossCents: 0,
      sideCostsCents: 0,
      withholdingCents: 0,
      netCents: 0,
      createdById: w.users.coordinatorD.id,
    },
  });
  return { payRunId: r.id };
}

export const entries = [
  entry({
    name: "payroll.savePayDetails",
    call: savePayDetails,
    input: (w) => ({ clientId: w.clientD1.id, personalIdentityCode: "131052-308T", iban: "FI21 1234 5600 0007 85", withholdingPercent: "12,5", taxCardValidFrom: "2026-01-01", taxCardValidTo: "2026-12-31" }),
    allowed: ["staffD1", "coordinatorD"],
  }),
  entry({
    name: "payroll.createRun",
    call: createPayRun,
    input: (w) => ({ jobcenterId: w.jobcenterD.id, month: nextMonth(), paymentDate: "2021-01-10" }),
    allowed: ["coordinatorD"],
  }),
  entry({ name: "payroll.confirmRun", call: confirmPayRun, input: (w) => run(w, "DRAFT"), allowed: ["coordinatorD"] }),
  entry({ name: "payroll.discardRun", call: discardPayRun, input: (w) => run(w, "DRAFT"), allowed: ["coordinatorD"] }),
  entry({ name: "payroll.export", call: exportPayRun, input: (w) => run(w, "CONFIRMED"), allowed: ["coordinatorD"] }),
];
