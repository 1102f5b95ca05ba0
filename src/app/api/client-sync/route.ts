import { finishGig, reportHours } from "@/features/client-app/actions";

export const dynamic = "force-dynamic";

/** Only this site's own pages and service worker: a POST from elsewhere carrying the cookie is refused. */
function sameOrigin(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return false;
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin) return site === "same-origin";
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * The service worker's Background Sync sends the phone's queued "I finished" and hours here
 * (ADR 080). Each call goes through the same server action as from the page (sign-in,
 * permission, validation, audit, idempotency): this route only picks the action by `kind` and
 * answers the action's result as JSON.
 */
export async function POST(request: Request) {
  if (!sameOrigin(request)) return Response.json({ ok: false, error: "FORBIDDEN" }, { status: 403 });
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ ok: false, error: "INVALID_INPUT" }, { status: 400 });
  }
  const call = body && typeof body === "object" ? (body as Record<string, unknown>) : {};
  const result =
    call.kind === "finish"
      ? await finishGig({ gigId: call.gigId as string, note: call.note as string | undefined, finishedAt: call.finishedAt as string | undefined })
      : call.kind === "hours"
        ? await reportHours({ gigId: call.gigId as string, hours: call.hours as number, minutes: call.minutes as number, note: call.note as string | undefined })
        : { ok: false as const, error: "INVALID_INPUT" as const };
  return Response.json(result);
}
