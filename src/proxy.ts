import { NextResponse, type NextRequest } from "next/server";
import { guardActionBody, guardActionRequest } from "@/server/http/action-guard";

/**
 * The Content-Security-Policy for one page response (ADR 053). Scripts run only from our own
 * origin or with this request's nonce, which Next.js reads from the request's CSP header and
 * puts on its own inline and bundle scripts; 'strict-dynamic' lets those load their chunks.
 */
export function contentSecurityPolicy(nonce: string, { dev = false, tls = false } = {}): string {
  const directives = [
    "default-src 'self'",
    // React's development build evaluates code for its error overlays; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Style attributes (React's style={...}) cannot carry a nonce, and a nonce in this list
    // would make browsers ignore 'unsafe-inline'. Injected CSS cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The service worker that shows Web Push (public/sw.js, ADR 044): with 'strict-dynamic',
    // script-src's 'self' would not cover it.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(tls ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** A fresh, unguessable nonce per response: 16 random bytes, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** Served over TLS, directly or behind a proxy that terminates it. */
export function isTls(request: NextRequest): boolean {
  return request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

export async function proxy(request: NextRequest) {
  // Next decodes a server action's body before any action code runs, and turns a decoding error
  // into HTTP 500; what its decoder would throw on is refused here with a 4xx (ADR 054).
  const refused = guardActionRequest(request) ?? (await guardActionBody(request));
  if (refused) return refused;
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", tls: isTls(request) });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: API routes answer JSON, and static files and icons run no scripts.
      source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|icon-192.png|icon-512.png|manifest.webmanifest).*)",
      // A prefetch's payload is not a document; the page it becomes gets its own nonce.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
