import { moveGig } from "@/features/gigs/mutations";
import type { GigStatus, HoursEventKind } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/action";
import { ruleViolation } from "@/server/errors";

/**
 * Moves a client's gig to a new state with the fields that go with it, guarded by the old
 * state so that two taps (or two people) cannot both win, and keeps an HoursEvent when the
 * hours change. A move the state machine does not allow: GIG_NOT_IN_STATE.
 */
export async function moveClientGig(
  tx: Tx,
  gig: { id: string; status: GigStatus },
  to: GigStatus,
  data: Omit<Prisma.GigUncheckedUpdateManyInput, "status">,
  event?: { kind: HoursEventKind; minutes?: number | null; reason?: string | null; byUserId: string },
): Promise<void> {
  await moveGig(tx, gig, to, data);
  if (event) {
    await tx.hoursEvent.create({
      data: { gigId: gig.id, kind: event.kind, minutes: event.minutes ?? null, reason: event.reason ?? null, byUserId: event.byUserId },
    });
  }
}

/**
 * Gives a client a username and a new PIN: creates the client's account when there is none,
 * otherwise replaces the PIN and ends the sessions signed in with the old one.
 */
export async function setClientSignIn(
  tx: Tx,
  client: { id: string; firstName: string; userId: string | null; language?: string },
  username: string,
  pinHash: string,
): Promise<{ userId: string; created: boolean }> {
  const taken = await tx.user.findUnique({ where: { clientUsername: username }, select: { id: true } });
  if (taken && taken.id !== client.userId) throw ruleViolation("USERNAME_TAKEN");
  if (client.userId) {
    await tx.user.update({
      where: { id: client.userId },
      data: { clientUsername: username, pinHash, sessionVersion: { increment: 1 }, active: true },
    });
    return { userId: client.userId, created: false };
  }
  // The client's own language becomes the account's: the app speaks it from the first sign-in.
  const user = await tx.user.create({ data: { name: client.firstName, clientUsername: username, pinHash, locale: client.language ?? "fi" } });
  await tx.client.update({ where: { id: client.id }, data: { userId: user.id } });
  return { userId: user.id, created: true };
}
