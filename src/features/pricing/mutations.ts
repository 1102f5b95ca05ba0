import type { ContractModel } from "@/generated/prisma/enums";
import { dateColumn, dateColumnOf, dayBefore, dayOfDateColumn } from "@/lib/dates";
import { sha256Hex } from "@/lib/hash";
import type { Tx } from "@/server/action";
import { ruleViolation } from "@/server/errors";

// New rows of the dated tables. A new row takes effect from its start date; it never edits a row
// that orders or acceptances already point to, except closing the previous open row's validTo
// the day before (the snapshot on each order keeps what was accepted). ADR 020.

function dayBeforeColumn(d: Date): Date {
  return dateColumn(dayBefore(dayOfDateColumn(d)));
}

/** The start must be today or later and after the latest existing start. */
function checkStart(validFrom: Date, latest: Date | null, now: Date) {
  if (validFrom.getTime() < dateColumnOf(now).getTime()) throw ruleViolation("VALID_FROM_TOO_EARLY");
  if (latest && validFrom.getTime() <= latest.getTime()) throw ruleViolation("VALID_FROM_TOO_EARLY");
}

export async function createPriceList(
  tx: Tx,
  input: { jobcenterId: string; contractModel: ContractModel; validFrom: string; workerPay: number; sideCosts: number; serviceCosts: number; note?: string },
  userId: string,
  now: Date,
) {
  const validFrom = dateColumn(input.validFrom);
  const where = { jobcenterId: input.jobcenterId, contractModel: input.contractModel };
  const latest = await tx.priceList.findFirst({ where, orderBy: { validFrom: "desc" } });
  checkStart(validFrom, latest?.validFrom ?? null, now);
  await tx.priceList.updateMany({ where: { ...where, validTo: null }, data: { validTo: dayBeforeColumn(validFrom) } });
  return tx.priceList.create({
    data: {
      ...where,
      validFrom,
      workerPayCents: input.workerPay,
      sideCostsCents: input.sideCosts,
      serviceCostsCents: input.serviceCosts,
      note: input.note || null,
      createdById: userId,
    },
  });
}

export async function createVatRate(tx: Tx, input: { ratePercent: number; validFrom: string; note?: string }, userId: string, now: Date) {
  const validFrom = dateColumn(input.validFrom);
  const latest = await tx.vatRate.findFirst({ orderBy: { validFrom: "desc" } });
  checkStart(validFrom, latest?.validFrom ?? null, now);
  await tx.vatRate.updateMany({ where: { validTo: null }, data: { validTo: dayBeforeColumn(validFrom) } });
  return tx.vatRate.create({ data: { rateBp: input.ratePercent, validFrom, note: input.note || null, createdById: userId } });
}

export async function createTermsVersion(
  tx: Tx,
  input: { jobcenterId: string; locale: string; title: string; body: string; cancellationFee: number; validFrom: string },
  userId: string,
  now: Date,
) {
  const validFrom = dateColumn(input.validFrom);
  const latest = await tx.orderTermsVersion.findFirst({ where: { jobcenterId: input.jobcenterId, locale: input.locale }, orderBy: { version: "desc" } });
  checkStart(validFrom, latest?.validFrom ?? null, now);
  return tx.orderTermsVersion.create({
    data: {
      jobcenterId: input.jobcenterId,
      locale: input.locale,
      version: (latest?.version ?? 0) + 1,
      title: input.title,
      body: input.body,
      bodySha256: sha256Hex(input.body),
      cancellationFeeCents: input.cancellationFee,
      validFrom,
      createdById: userId,
    },
  });
}
