import type { BenefitType, ClientStatus, ContractModel, PathwayKind } from "@/generated/prisma/enums";
import { benefitBlocksCommission } from "@/features/clients/rules";
import type { RuleCode } from "@/server/errors";

// People in and out of a Jobcenter: possible twins when a client is added, which contract models
// a new client may have, and how a client's time pauses, ends and resumes (ADR 012).

/** "+358 40 123 4567", "040-123 4567" → "0401234567": one number, however it was written. */
export function normalizePhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/[^\d+]/g, "");
  const national = digits.startsWith("+358") ? `0${digits.slice(4)}` : digits.startsWith("00358") ? `0${digits.slice(5)}` : digits;
  return national.replace(/\D/g, "") || null;
}

const nameKey = (s: string) => s.trim().toLocaleLowerCase("fi").normalize("NFC");

export interface TwinFacts {
  firstName: string;
  lastName: string;
  birthDate: string | null; // "YYYY-MM-DD"
  phone: string | null;
}

/**
 * Whether two people may be the same: the same first and last name and the same birth date
 * (both known), or the same phone number. A name alone is not enough: Finland has many Mattis.
 */
export function isPossibleTwin(a: TwinFacts, b: TwinFacts): boolean {
  const sameName = nameKey(a.firstName) === nameKey(b.firstName) && nameKey(a.lastName) === nameKey(b.lastName);
  if (sameName && a.birthDate && b.birthDate && a.birthDate === b.birthDate) return true;
  const pa = normalizePhone(a.phone);
  return pa !== null && pa === normalizePhone(b.phone);
}

/** Adding a client who may already be there needs the staff member's explicit "add anyway". */
export function duplicateProblem(twins: number, confirmed: boolean): RuleCode | null {
  return twins > 0 && !confirmed ? "POSSIBLE_DUPLICATE_CLIENT" : null;
}

/**
 * The contract models a new client may be agreed for: only those the Jobcenter offers, and no
 * commission contract where the client's benefits would stop (clients/rules.ts).
 */
export function allowedModelsProblem(
  jobcenter: { contractModels: readonly ContractModel[]; blockCommissionForUnemploymentBenefit: boolean },
  client: { benefits: readonly BenefitType[] },
  models: readonly ContractModel[],
): RuleCode | null {
  if (models.some((m) => !jobcenter.contractModels.includes(m))) return "CONTRACT_MODEL_NOT_OFFERED";
  if (models.includes("COMMISSION") && benefitBlocksCommission(jobcenter, client)) return "COMMISSION_BLOCKED_UNEMPLOYMENT_BENEFIT";
  return null;
}

const statusMoves: Record<ClientStatus, readonly ClientStatus[]> = {
  ACTIVE: ["PAUSED", "ENDED"],
  PAUSED: ["ACTIVE", "ENDED"],
  ENDED: [],
};

export function canChangeClientStatus(from: ClientStatus, to: ClientStatus): boolean {
  return statusMoves[from].includes(to);
}

/** A client's time may end or pause only once no gig of theirs is still open. */
export function endTimeProblem(from: ClientStatus, to: ClientStatus, openGigs: number): RuleCode | null {
  if (!canChangeClientStatus(from, to)) return "INVALID_STATE";
  if (to !== "ACTIVE" && openGigs > 0) return "OPEN_GIGS_REMAIN";
  return null;
}

/** The pathway rows an end writes: a pause is one row; an end is its outcome, then PERIOD_ENDED. */
export function pathwayEventsForEnd(kind: "PAUSED" | "ENDED", outcome: PathwayKind | undefined): PathwayKind[] {
  if (kind === "PAUSED") return ["PAUSED"];
  return [outcome ?? "OTHER", "PERIOD_ENDED"];
}

/** A move goes to another unit of the same Jobcenter. */
export function unitMoveProblem(from: { id: string; jobcenterId: string }, to: { id: string; jobcenterId: string; active: boolean }): RuleCode | null {
  if (to.jobcenterId !== from.jobcenterId || !to.active) return "UNIT_NOT_IN_JOBCENTER";
  if (to.id === from.id) return "INVALID_STATE";
  return null;
}

/** A pathway event has happened: its day is today or earlier (Helsinki days, "YYYY-MM-DD"). */
export function pathwayDayProblem(on: string, today: string): "PATHWAY_DAY_IN_FUTURE" | null {
  return on > today ? "PATHWAY_DAY_IN_FUTURE" : null;
}
