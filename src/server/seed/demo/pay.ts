import { createDraftRun, confirmRun, upsertPayDetails } from "@/features/payroll/mutations";
import { loadPayableGigs, loadPayDetailsMap } from "@/features/payroll/queries";
import { buildRun, defaultPaymentDate, isValidIban, isValidPersonalIdentityCode, monthPeriod, periodEnded, periodEndInstant } from "@/features/payroll/rules";
import { addHelsinkiDays, dateColumn, dayKey, startOfHelsinkiMonth, startOfHelsinkiYear } from "@/lib/dates";
import { DAY, type SeedContext, type World } from "./context";
import { JOBCENTER_KEYS } from "./jobcenters";

// Pay for the demo's past months, made the way the coordinator makes it: the same queries,
// rules and mutations as the createPayRun action, one confirmed run per Jobcenter and month.
// Draws nothing from the PRNG (the data before it stays as it was).

const HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";

/** A made-up but valid identity code for the i-th demo client (born in the 1980s–90s). */
export function demoPersonalIdentityCode(i: number): string {
  const dd = String((i % 28) + 1).padStart(2, "0");
  const mm = String((i % 12) + 1).padStart(2, "0");
  const yy = String(80 + (i % 20)).padStart(2, "0");
  const nnn = String(900 + (i % 99)).padStart(3, "0"); // 900–999: the range for temporary codes, never a real person's
  const check = HETU_CHECK[Number(`${dd}${mm}${yy}${nnn}`) % 31]!;
  return `${dd}${mm}${yy}-${nnn}${check}`;
}

function luhn(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let add = (i % 2 === 0 ? 2 : 1) * Number(digits[i]);
    if (add >= 10) add -= 9;
    sum += add;
  }
  return (10 - (sum % 10)) % 10;
}

function mod97(digits: string): number {
  let r = 0;
  for (const d of digits) r = (r * 10 + Number(d)) % 97;
  return r;
}

/** A valid Finnish IBAN (test bank 123456) for the i-th demo client. */
export function demoIban(i: number): string {
  const local13 = `123456${String(1000 + i).padStart(7, "0")}`;
  const bban = `${local13}${luhn(local13)}`;
  const check = 98 - mod97(`${bban}151800`); // "FI" = 15 18, then "00"
  return `FI${String(check).padStart(2, "0")}${bban}`;
}

const WITHHOLDING_BP = [0, 850, 1250, 1800, 2500];

export async function seedPayDetails(ctx: SeedContext, world: World): Promise<void> {
  const year = dayKey(startOfHelsinkiYear(ctx.now)).slice(0, 4);
  for (const [i, c] of world.people.clients.entries()) {
    // every third client has given no tax card: their statements show 60 %
    const card = i % 3 !== 0;
    const code = demoPersonalIdentityCode(i);
    const iban = demoIban(i);
    if (!isValidPersonalIdentityCode(code) || !isValidIban(iban)) throw new Error(`demo pay details ${i} are not valid`);
    await upsertPayDetails(ctx.tx, c.id, {
      personalIdentityCode: code,
      iban,
      withholdingBp: card ? WITHHOLDING_BP[i % WITHHOLDING_BP.length]! : null,
      taxCardValidFrom: card ? dateColumn(`${year}-01-01`) : null,
      taxCardValidTo: card ? dateColumn(`${year}-12-31`) : null,
      recordedById: world.staff.unitStaff[c.jc][Math.min(c.unitIndex, 2)]!.id,
    });
  }
}

/**
 * Confirmed pay runs for `months` past months, oldest first. The last month that is over is left
 * for the coordinator to run: that is this month's task in the demo.
 */
export async function seedPayRuns(ctx: SeedContext, world: World, months = 6): Promise<number> {
  let runs = 0;
  const monthKeys: string[] = [];
  let cursor = startOfHelsinkiMonth(addHelsinkiDays(startOfHelsinkiMonth(ctx.now), -1));
  for (let k = 0; k < months; k++) {
    cursor = startOfHelsinkiMonth(addHelsinkiDays(cursor, -1));
    monthKeys.unshift(dayKey(cursor).slice(0, 7));
  }
  for (const jc of JOBCENTER_KEYS) {
    const jobcenterId = world.orgs.jobcenters[jc].id;
    const coordinatorId = world.staff.coordinator[jc].id;
    for (const month of monthKeys) {
      const period = monthPeriod(month);
      if (!periodEnded(period, ctx.now)) continue;
      const gigs = await loadPayableGigs(ctx.tx, jobcenterId, period);
      const built = buildRun(gigs, await loadPayDetailsMap(ctx.tx, [...new Set(gigs.map((g) => g.clientId))]), defaultPaymentDate(period));
      if (built.lines.length === 0) continue;
      const run = await createDraftRun(ctx.tx, { jobcenterId, period, paymentDate: defaultPaymentDate(period), built, createdById: coordinatorId });
      const createdAt = new Date(Math.min(ctx.now.getTime(), periodEndInstant(period).getTime() + 2 * DAY));
      const confirmedAt = new Date(Math.min(ctx.now.getTime(), createdAt.getTime() + 3600_000));
      await confirmRun(ctx.tx, run.id, coordinatorId, confirmedAt);
      await ctx.tx.payRun.update({ where: { id: run.id }, data: { createdAt } });
      ctx.auditRows.push(
        { actorUserId: coordinatorId, action: "payroll.createRun", entityType: "PayRun", entityId: run.id, details: { month }, createdAt },
        { actorUserId: coordinatorId, action: "payroll.confirmRun", entityType: "PayRun", entityId: run.id, createdAt: confirmedAt },
      );
      runs++;
    }
  }
  return runs;
}
