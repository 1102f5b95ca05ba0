import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its package folder at run time.
  // @e-invoice-eu/core (Peppol UBL) carries spreadsheet and LibreOffice code paths we never
  // call: loaded from node_modules at run time rather than bundled.
  // pg-boss (ADR 008) reads its own SQL plans and starts timers: a Node package, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@e-invoice-eu/core", "pg-boss"],
  // Separate build folders let browser tests run beside a dev server.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          // The app needs none of these; the client pages only link to maps and phone numbers.
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
        ],
      },
      {
        // HSTS only over TLS (a proxy in front terminates it and says so): sent over plain
        // HTTP it would be ignored anyway, and a local http:// run must stay reachable.
        // The Content-Security-Policy is per response (its nonce), so it is set in src/proxy.ts.
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
