import { recordAudit } from "@/features/audit/mutations";
import type { Tx } from "@/server/action";
import { ERASED_FIRST_NAME, ERASED_LAST_NAME, ERASED_USER_NAME, erasedBirthDate } from "./rules";

/**
 * Removes the person from an account (ADR 074): name, addresses, secrets, sign-in handles,
 * sessions and links, notifications, push endpoints and sent messages to their addresses. The
 * row stays (orders, memberships and audit rows point at it) and can never sign in again.
 */
export async function anonymiseUser(tx: Tx, userId: string, now: Date): Promise<void> {
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, phone: true } });
  const addresses = [user.email, user.phone].filter((a): a is string => !!a);
  if (addresses.length) await tx.outboxMessage.deleteMany({ where: { to: { in: addresses } } });
  await tx.authToken.deleteMany({ where: { userId } });
  await tx.authSession.deleteMany({ where: { userId } });
  await tx.notification.deleteMany({ where: { userId } });
  await tx.notificationPreference.deleteMany({ where: { userId } });
  await tx.pushSubscription.deleteMany({ where: { userId } });
  await tx.membership.updateMany({ where: { userId }, data: { active: false } });
  await tx.user.update({
    where: { id: userId },
    data: {
      name: ERASED_USER_NAME,
      email: null,
      phone: null,
      passwordHash: null,
      pinHash: null,
      clientUsername: null,
      emailVerifiedAt: null,
      lastSignInAt: null,
      active: false,
      sessionVersion: { increment: 1 },
      erasedAt: now,
    },
  });
}

/**
 * Erases a former client (ADR 074). What the figures count stays, pointing at the same
 * (now anonymous) client row: the unit, gender, birth year, the gigs with their times and
 * minutes, hires, pay amounts, feedback ratings, pathway kinds and days. Everything that
 * names or describes the person goes: names, contacts, birth day, free texts, consents,
 * readiness notes, pay details, certificates, the account, and the audit rows about them
 * (through the owner's `erase_person_audit`, ADR 057). One `person.erase` row records that it
 * happened, with counts only.
 */
export async function eraseClient(tx: Tx, clientId: string, actorUserId: string, now: Date) {
  const client = await tx.client.findUniqueOrThrow({ where: { id: clientId }, select: { birthDate: true, userId: true, phone: true, email: true } });
  // Messages sent to the client's own number or address (a client without a sign-in, ADR 046).
  const own = [client.phone, client.email].filter((a): a is string => !!a);
  if (own.length) await tx.outboxMessage.deleteMany({ where: { to: { in: own } } });
  await tx.consentRecord.deleteMany({ where: { clientId } });
  await tx.readinessEvent.deleteMany({ where: { clientId } });
  await tx.workActivityHours.deleteMany({ where: { clientId } });
  await tx.workActivityDayMove.deleteMany({ where: { clientId } });
  await tx.certificateRequest.deleteMany({ where: { clientId } });
  await tx.workCertificate.deleteMany({ where: { clientId } });
  await tx.clientPayDetails.deleteMany({ where: { clientId } });
  await tx.clientUnitMove.updateMany({ where: { clientId }, data: { reason: null } });
  await tx.pathwayEvent.updateMany({ where: { clientId }, data: { note: null } });
  await tx.feedback.updateMany({ where: { clientId }, data: { comment: null } });
  // Feedback both ways (ADR 047): the face stays (a figure), the words and the debrief's notes go.
  await tx.gigClientFeedback.updateMany({ where: { clientId }, data: { words: null } });
  await tx.gigDebrief.updateMany({ where: { clientId }, data: { wentWell: null, toPractise: null, clientView: null } });
  await tx.clientNotificationPreference.deleteMany({ where: { clientId } });
  // Staff's notifications about the client name them ("Tell Maija: …", ADR 046); they go too.
  await tx.notification.deleteMany({ where: { link: { startsWith: `/unit/clients/${clientId}` } } });
  await tx.nomination.updateMany({ where: { clientId }, data: { note: null, supportPerson: null } });
  await tx.gig.updateMany({ where: { clientId }, data: { reportNote: null, declineReason: null, supportPerson: null } });
  await tx.payRunLine.updateMany({ where: { clientId }, data: { workerName: `${ERASED_FIRST_NAME} ${ERASED_LAST_NAME}`, ibanEnding: null } });
  await tx.client.update({
    where: { id: clientId },
    data: {
      firstName: ERASED_FIRST_NAME,
      lastName: ERASED_LAST_NAME,
      birthDate: erasedBirthDate(client.birthDate),
      phone: null,
      email: null,
      area: null,
      skills: [],
      interests: [],
      supportNeeds: null,
      preferredTimes: null,
      benefits: [],
      readinessNote: null,
      userId: null,
      active: false,
      erasedAt: now,
    },
  });
  if (client.userId) await anonymiseUser(tx, client.userId, now);
  const [{ n }] = await tx.$queryRaw<[{ n: number }]>`SELECT "erase_person_audit"(${clientId}, ${client.userId}) AS n`;
  // Not tied to the client (clientId null): the row says an erasure happened, not whose data.
  await recordAudit(tx, { actorUserId, action: "person.erase", entityType: "Client", entityId: clientId, details: { auditRowsRemoved: n } });
  return { auditRowsRemoved: n };
}

/** Erases a closed account of a staff member or an orderer contact; their audit trail stays. */
export async function eraseUser(tx: Tx, userId: string, actorUserId: string, now: Date) {
  await anonymiseUser(tx, userId, now);
  await recordAudit(tx, { actorUserId, action: "person.erase", entityType: "User", entityId: userId });
}
