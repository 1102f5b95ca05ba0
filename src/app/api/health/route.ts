import { firstJobcenterId } from "@/features/health/queries";
import { getContext } from "@/server/context";

export const dynamic = "force-dynamic";

/**
 * Liveness for a load balancer, and the framework floor of `npm run bench` (ADR 091): the
 * request goes through the same session read as every page (cookie, stored session, roles) and
 * one indexed database row, then answers a few bytes of JSON. Says nothing about who is signed in.
 */
export async function GET() {
  const ctx = await getContext();
  const db = (await firstJobcenterId(ctx.db)) !== null;
  return Response.json({ ok: true, db, signedIn: ctx.user !== null }, { headers: { "cache-control": "no-store" } });
}
