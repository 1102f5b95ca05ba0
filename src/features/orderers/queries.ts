import type { Tx } from "@/server/action";
import type { Db } from "@/server/db";

type Reader = Tx | Db;

// Who an orderer is (ADR 055): what registration and the coordinator's review read.

/** Orderers that already have this business ID (a new registration's possible twin). */
export function orderersWithBusinessId(tx: Reader, businessId: string) {
  return tx.orderer.findMany({ where: { businessId }, select: { id: true, status: true, createdAt: true } });
}

/** The order a coordinator decides from, with its orderer (the target is the order's Jobcenter). */
export function findOrderForReview(tx: Reader, orderId: string) {
  return tx.order.findUnique({
    where: { id: orderId },
    select: { id: true, jobcenterId: true, orderer: { select: { id: true, status: true, duplicateOfId: true } } },
  });
}

/** What the coordinator sees on the order page: the orderer, its possible twin and past decisions. */
export function ordererReviewOf(db: Reader, ordererId: string) {
  return db.orderer.findUnique({
    where: { id: ordererId },
    select: {
      id: true,
      name: true,
      kind: true,
      status: true,
      businessId: true,
      email: true,
      phone: true,
      eInvoiceAddress: true,
      createdAt: true,
      memberships: { where: { role: "ORDERER_CONTACT" }, select: { user: { select: { name: true, email: true, phone: true, emailVerifiedAt: true } } } },
      duplicateOf: { select: { id: true, name: true, status: true, businessId: true, email: true, phone: true, eInvoiceAddress: true, createdAt: true } },
      reviews: { orderBy: { createdAt: "desc" }, select: { id: true, decision: true, checks: true, note: true, byUserId: true, createdAt: true } },
    },
  });
}
export type OrdererReviewView = NonNullable<Awaited<ReturnType<typeof ordererReviewOf>>>;

/** Names of the people who made decisions, for the history list. */
export async function reviewerNames(db: Reader, userIds: string[]): Promise<Map<string, string>> {
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

/** The account behind an email, for registration and "forgot password" (never shown to the visitor). */
export function accountByEmail(tx: Reader, email: string) {
  return tx.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, locale: true, active: true, memberships: { where: { active: true }, select: { role: true } } },
  });
}
