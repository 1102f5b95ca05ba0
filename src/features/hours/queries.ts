import type { Tx } from "@/server/action";

export function findGigForHours(tx: Tx, gigId: string) {
  return tx.gig.findUnique({
    where: { id: gigId },
    include: { client: { select: { unitId: true } }, order: { select: { id: true, jobcenterId: true } } },
  });
}
