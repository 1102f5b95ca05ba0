import type { BenefitLimitKind, LimitPeriod } from "@/generated/prisma/enums";
import type { Tx } from "@/server/action";
import { ActionError } from "@/server/errors";
import { dateColumn, dayBefore } from "@/lib/dates";

/**
 * A new limit row from its first valid day. With `closePrevious`, the earlier open row of the
 * same limit and period ends the day before, so exactly one row is valid on any day.
 */
export async function createBenefitLimit(
  tx: Tx,
  args: { kind: BenefitLimitKind; period: LimitPeriod; amountCents: number; validFrom: string; source: string; closePrevious: boolean; byUserId: string },
) {
  const validFrom = dateColumn(args.validFrom);
  const same = await tx.benefitLimit.findFirst({ where: { kind: args.kind, period: args.period, validFrom } });
  if (same) throw new ActionError("CONFLICT");
  let closed = 0;
  if (args.closePrevious) {
    const r = await tx.benefitLimit.updateMany({
      where: { kind: args.kind, period: args.period, validTo: null, validFrom: { lt: validFrom } },
      data: { validTo: dateColumn(dayBefore(args.validFrom)) },
    });
    closed = r.count;
  }
  const row = await tx.benefitLimit.create({
    data: { kind: args.kind, period: args.period, amountCents: args.amountCents, validFrom, source: args.source, createdById: args.byUserId },
  });
  return { id: row.id, closed };
}
