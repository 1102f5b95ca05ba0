import { timingSafeEqual } from "node:crypto";
import { env } from "@/env";
import { configuredChannels } from "@/features/notifications/delivery";
import { deliverOutbox, queueGigReminders } from "@/features/notifications/reminders";
import { getDb } from "@/server/db";
import { sweepThrottles } from "@/server/db/rate-limit";

export const dynamic = "force-dynamic";

function authorized(header: string | null, secret: string): boolean {
  const expected = Buffer.from(`Bearer ${secret}`);
  const given = Buffer.from(header ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * The reminder job run by hand or by an operator's own scheduler (ADR 043): POST with
 * `authorization: Bearer $JOBS_SECRET`. The job queue already runs the same functions on its own
 * cron (ADR 008, src/server/jobs); this route stays for operators who prefer it, and for tests
 * that want the outbox delivered now. It queues tomorrow's reminders (once per gig), delivers
 * the outbox (a message another worker is sending is left to it) and sweeps expired throttle
 * rows. Without JOBS_SECRET the route is switched off.
 */
export async function POST(request: Request) {
  const secret = env.JOBS_SECRET;
  if (!secret) return Response.json({ error: "jobs disabled: set JOBS_SECRET" }, { status: 503 });
  if (!authorized(request.headers.get("authorization"), secret)) return Response.json({ error: "unauthorized" }, { status: 401 });
  const db = await getDb();
  const now = new Date();
  const queued = await queueGigReminders(db, now);
  const delivered = await deliverOutbox(db, configuredChannels(db), now);
  // Throttle rows of keys nobody tries again (ADR 050) would otherwise stay for ever.
  const throttleRowsSwept = await sweepThrottles(db, now);
  return Response.json({ ...queued, ...delivered, throttleRowsSwept });
}
