import { timingSafeEqual } from "node:crypto";
import { env } from "@/env";
import { confirmOverdueHours } from "@/features/hours/deadline";
import { getDb } from "@/server/db";

export const dynamic = "force-dynamic";

function authorized(header: string | null, secret: string): boolean {
  const expected = Buffer.from(`Bearer ${secret}`);
  const given = Buffer.from(header ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * "Deemed confirmed" (ADR 035): a scheduler POSTs here, e.g. daily, with
 * `authorization: Bearer $JOBS_SECRET`. Hours the orderer did not answer within the terms'
 * deadline count as confirmed; running it again changes nothing. Without JOBS_SECRET it is off.
 */
export async function POST(request: Request) {
  const secret = env.JOBS_SECRET;
  if (!secret) return Response.json({ error: "jobs disabled: set JOBS_SECRET" }, { status: 503 });
  if (!authorized(request.headers.get("authorization"), secret)) return Response.json({ error: "unauthorized" }, { status: 401 });
  const db = await getDb();
  return Response.json(await confirmOverdueHours(db, new Date()));
}
