import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import nextConfig from "../next.config";
import { config, contentSecurityPolicy, proxy } from "./proxy";

const directive = (csp: string, name: string) =>
  csp
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

describe("proxy: bad server-action bodies", () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    proxy(new NextRequest("http://localhost:3000/orderer/orders/new", { method: "POST", body, headers: { "next-action": "abc123", "content-type": "text/plain;charset=UTF-8", ...headers } }));

  it("answers a truncated or React-protocol body with 400 before Next's decoder turns it into a 500", async () => {
    expect((await post('[{"title":"x"')).status).toBe(400);
    expect((await post('["$F1"]')).status).toBe(400);
  });

  it("answers a body over the limit with 413", async () => {
    expect((await post("x".repeat(10), { "content-length": String(5 * 1024 * 1024) })).status).toBe(413);
  });

  it("lets a well-formed action body through to the page with its CSP", async () => {
    const response = await post('[{"title":"Varaston siivous"}]');
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toContain("'nonce-");
  });
});

describe("proxy: Content-Security-Policy", () => {
  it("sends a CSP with a fresh nonce in script-src and no 'unsafe-inline' scripts", async () => {
    const a = (await proxy(new NextRequest("http://localhost:3000/coordinator"))).headers.get("content-security-policy")!;
    const b = (await proxy(new NextRequest("http://localhost:3000/coordinator"))).headers.get("content-security-policy")!;
    const script = directive(a, "script-src")!;
    const nonce = /'nonce-([A-Za-z0-9+/=]{24})'/.exec(script)?.[1];
    expect(nonce).toBeTruthy();
    expect(script).not.toContain("unsafe-inline");
    expect(script).not.toContain("unsafe-eval");
    expect(directive(b, "script-src")).not.toContain(nonce);
    expect(directive(a, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(a, "object-src")).toBe("object-src 'none'");
  });

  it("hands the same policy to Next.js on the request, so it puts the nonce on its scripts", async () => {
    const response = await proxy(new NextRequest("http://localhost:3000/"));
    const sent = response.headers.get("content-security-policy")!;
    // NextResponse.next({ request: { headers } }) passes request headers as x-middleware-request-*.
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(sent);
    expect(sent).toContain(`'nonce-${response.headers.get("x-middleware-request-x-nonce")}'`);
  });

  it("upgrades insecure requests only when served over TLS", async () => {
    const plain = (await proxy(new NextRequest("http://localhost:3000/"))).headers.get("content-security-policy")!;
    const tls = (await proxy(new NextRequest("http://app.internal/", { headers: { "x-forwarded-proto": "https" } }))).headers.get("content-security-policy")!;
    expect(plain).not.toContain("upgrade-insecure-requests");
    expect(tls).toContain("upgrade-insecure-requests");
  });

  it("allows eval only for React's development build", () => {
    expect(directive(contentSecurityPolicy("n", { dev: true }), "script-src")).toContain("'unsafe-eval'");
  });

  it("runs on pages but not on static files, icons or prefetches", () => {
    const source = new RegExp(`^${config.matcher[0]!.source}$`);
    for (const path of ["/", "/coordinator/orders/abc", "/signin", "/no-such-page"]) expect(source.test(path), path).toBe(true);
    for (const path of ["/_next/static/chunks/a.js", "/favicon.ico", "/icon.svg", "/api/auth/session"]) expect(source.test(path), path).toBe(false);
    expect(config.matcher[0]!.missing.map((m) => m.key)).toContain("next-router-prefetch");
  });
});

describe("next.config headers", () => {
  it("keeps the fixed security headers and sends HSTS only behind TLS", async () => {
    const rules = await nextConfig.headers!();
    const all = rules.find((r) => !r.has)!;
    expect(Object.fromEntries(all.headers.map((h) => [h.key, h.value]))).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
    const hsts = rules.find((r) => r.headers.some((h) => h.key === "Strict-Transport-Security"))!;
    expect(hsts.has).toEqual([{ type: "header", key: "x-forwarded-proto", value: "https" }]);
  });
});
