/**
 * The address a request came from, for throttling (ADR 051).
 *
 * `X-Forwarded-For` is a list that every proxy appends to: "client, proxy1, proxy2". Anything
 * left of what our own proxies wrote was written by the client and may be made up, so only
 * the last `trustedHops` entries are believed: the client is the entry our outermost trusted
 * proxy appended. With 0 hops the header is not believed at all and the connection's own
 * address is used.
 *
 * Next.js hides the connection address from the app: it only fills `X-Forwarded-For` with it
 * when the request has none (`??=` in its server), so a client-sent header replaces it.
 * `npm start` therefore runs `scripts/serve.mjs`, which writes the connection address into
 * `PEER_HEADER` (overwriting whatever the client sent) before Next.js sees the request.
 */
export const PEER_HEADER = "x-tasmatyo-peer";

/** When no address can be trusted: all such requests share one key, which is the safe side. */
export const UNKNOWN_IP = "unknown";

export interface AddressFacts {
  /** the X-Forwarded-For header as received (may be absent or a list) */
  forwardedFor?: string | null;
  /** the connection's address, when the server told us (PEER_HEADER) */
  peer?: string | null;
}

function entries(header: string | null | undefined): string[] {
  return (header ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** IPv4-mapped IPv6 ("::ffff:10.0.0.1") and plain IPv4 are the same client. */
function normalise(address: string): string {
  const a = address.toLowerCase();
  return a.startsWith("::ffff:") && a.includes(".") ? a.slice(7) : a;
}

export function clientIpFrom(facts: AddressFacts, trustedHops: number): string {
  const forwarded = entries(facts.forwardedFor);
  const peer = facts.peer?.trim();
  if (peer) {
    // The full chain, nearest last: what each hop said, then who actually connected.
    const chain = [...forwarded, peer];
    // Fewer entries than trusted hops: the request skipped a proxy; the leftmost is the best we have.
    const at = Math.max(chain.length - 1 - trustedHops, 0);
    return normalise(chain[at]!);
  }
  // No peer header: `next start` or `next dev` without scripts/serve.mjs. Then Next.js put the
  // connection address into X-Forwarded-For only if the client sent none, so with 0 hops the
  // last entry is the connection address or a forgery we cannot tell apart; behind proxies the
  // last `trustedHops` entries are theirs, so the client's is the one they appended first.
  if (forwarded.length === 0) return UNKNOWN_IP;
  const at = Math.max(forwarded.length - Math.max(trustedHops, 1), 0);
  return normalise(forwarded[at]!);
}

/** Reads the facts from request headers: a `Headers` object or next-auth's plain record. */
export function addressFacts(headers: Headers | Record<string, unknown> | undefined): AddressFacts {
  if (!headers) return {};
  const get = (name: string): string | null => {
    if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name);
    const value = (headers as Record<string, unknown>)[name];
    if (Array.isArray(value)) return value.join(", ");
    return typeof value === "string" ? value : null;
  };
  return { forwardedFor: get("x-forwarded-for"), peer: get(PEER_HEADER) };
}

/** The client address of the current request, by the deployment's settings. */
export async function requestClientIp(headers?: Headers | Record<string, unknown>): Promise<string> {
  const { env } = await import("@/env");
  const source = headers ?? (await (await import("next/headers")).headers());
  const facts = addressFacts(source);
  // The peer header is only believed when our own server wrote it.
  if (env.TASMATYO_PEER_HEADER !== "1") facts.peer = null;
  return clientIpFrom(facts, env.TRUSTED_PROXY_HOPS);
}
