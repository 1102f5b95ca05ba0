/**
 * next-auth's own sign-out, as its `signOut()` from next-auth/react does it: the CSRF token, then
 * POST /api/auth/signout (which ends the stored session too, events.signOut in options.ts), then
 * off to the page. Written out here so that every signed-in page does not load next-auth's
 * browser client (about 10 KB gzip) for one button (ADR 091).
 */
export async function signOutTo(callbackUrl: string): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
  });
  const data = (await res.json().catch(() => ({}))) as { url?: string };
  window.location.href = data.url ?? callbackUrl;
}
