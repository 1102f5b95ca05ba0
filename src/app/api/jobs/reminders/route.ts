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
 * The reminder job: a scheduler (cron, a platform's scheduled job) POSTs here, e.g. hourly,
 * with `authorization: Bearer $JOBS_SECRET`. It queues tomorrow's reminders (once per gig) and
 * delivers the outbox, and sweeps expired throttle rows. Without JOBS_SECRET the job is switched off.
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
