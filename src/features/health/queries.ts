import type { Db } from "@/server/db";

/**
 * One indexed row: the cheapest real read the app makes. `/api/health` uses it to show that the
 * database answers, and `npm run bench` uses that route as the framework floor (ADR 091).
 */
export async function firstJobcenterId(db: Db): Promise<string | null> {
  const row = await db.jobcenter.findFirst({ select: { id: true }, orderBy: { id: "asc" } });
  return row?.id ?? null;
}
