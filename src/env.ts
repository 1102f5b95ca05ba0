import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

const isProduction = process.env.NODE_ENV === "production";

// Validated once at start-up; every variable is documented in .env.example and the README.
export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    // PostgreSQL server. Unset: the embedded PostgreSQL (PGlite) under PGLITE_DATA_DIR.
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL")
      .optional(),
    PGLITE_DATA_DIR: z.string().default("./data/pglite"),
    // Signs session tokens. Required in production; development has a fixed fallback.
    NEXTAUTH_SECRET: isProduction
      ? z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters")
      : z.string().min(32).default("development-only-secret-not-for-production-use"),
    NEXTAUTH_URL: z.url().default("http://localhost:3000"),
    STAFF_SESSION_HOURS: z.coerce.number().int().positive().default(12),
    CLIENT_SESSION_DAYS: z.coerce.number().int().positive().default(90),
    // A client's session ends after this many days without use (ADR 052); each use renews it.
    CLIENT_SESSION_IDLE_DAYS: z.coerce.number().int().positive().default(14),
    // Outgoing email (reminders, invitations). Unset: messages stay in the outbox table and
    // are printed to the server log.
    SMTP_URL: z.string().optional(),
    EMAIL_FROM: z.string().default("Täsmätyö <noreply@tasmatyo.invalid>"),
    // Bearer token for the scheduled-job endpoints (POST /api/jobs/...). Unset: they refuse.
    JOBS_SECRET: z.string().min(12).optional(),
    // SMS (ADR 044): "http" posts to a gateway's REST API; "log" (default) prints the text.
    SMS_PROVIDER: z.enum(["http", "log"]).default("log"),
    SMS_API_URL: z.url().optional(),
    SMS_API_TOKEN: z.string().min(8).optional(),
    SMS_SENDER: z.string().max(11).default("Tasmatyo"),
    // Web Push (ADR 044): VAPID keys from `npx web-push generate-vapid-keys`. Unset: no push.
    VAPID_PUBLIC_KEY: z.string().optional(),
    VAPID_PRIVATE_KEY: z.string().optional(),
    VAPID_SUBJECT: z.string().default("mailto:tuki@tasmatyo.invalid"),
    // The job worker runs inside the app process (ADR 008). "0": it does not, and
    // `npm run worker` runs it as its own process (PostgreSQL server only).
    JOBS_IN_PROCESS: z.enum(["0", "1"]).default("1"),
    // pg-boss's schema on a PostgreSQL server, created by `npm run db:migrate`.
    JOBS_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]*$/).default("pgboss"),
    // How many proxies in front of the app append to X-Forwarded-For and are trusted to
    // (ADR 051). 0: the app faces the internet, the connection address is the client's.
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    // "I started" opens this many minutes before a gig's planned start; hours wait for the start.
    GIG_START_WINDOW_MINUTES: z.coerce.number().int().min(0).max(240).default(15),
    // Years a former client's or a closed account's data is kept before it is erased (ADR 074).
    RETENTION_YEARS: z.coerce.number().int().min(1).max(120).default(12),
    // Set by scripts/serve.mjs (`npm start`) when it writes the connection address into a
    // request header; never set it yourself, or a client could send that header.
    TASMATYO_PEER_HEADER: z.enum(["1"]).optional(),
  },
  client: {
    // "demo" shows a banner saying the data are made up.
    NEXT_PUBLIC_APP_ENV: z.enum(["demo", "production"]).default("demo"),
  },
  runtimeEnv: {
    NODE_ENV: process.env.NODE_ENV,
    DATABASE_URL: process.env.DATABASE_URL,
    PGLITE_DATA_DIR: process.env.PGLITE_DATA_DIR,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL,
    STAFF_SESSION_HOURS: process.env.STAFF_SESSION_HOURS,
    CLIENT_SESSION_DAYS: process.env.CLIENT_SESSION_DAYS,
    CLIENT_SESSION_IDLE_DAYS: process.env.CLIENT_SESSION_IDLE_DAYS,
    SMTP_URL: process.env.SMTP_URL,
    EMAIL_FROM: process.env.EMAIL_FROM,
    JOBS_SECRET: process.env.JOBS_SECRET,
    SMS_PROVIDER: process.env.SMS_PROVIDER,
    SMS_API_URL: process.env.SMS_API_URL,
    SMS_API_TOKEN: process.env.SMS_API_TOKEN,
    SMS_SENDER: process.env.SMS_SENDER,
    VAPID_PUBLIC_KEY: process.env.VAPID_PUBLIC_KEY,
    VAPID_PRIVATE_KEY: process.env.VAPID_PRIVATE_KEY,
    VAPID_SUBJECT: process.env.VAPID_SUBJECT,
    JOBS_IN_PROCESS: process.env.JOBS_IN_PROCESS,
    JOBS_SCHEMA: process.env.JOBS_SCHEMA,
    TRUSTED_PROXY_HOPS: process.env.TRUSTED_PROXY_HOPS,
    GIG_START_WINDOW_MINUTES: process.env.GIG_START_WINDOW_MINUTES,
    RETENTION_YEARS: process.env.RETENTION_YEARS,
    TASMATYO_PEER_HEADER: process.env.TASMATYO_PEER_HEADER,
    NEXT_PUBLIC_APP_ENV: process.env.NEXT_PUBLIC_APP_ENV,
  },
  emptyStringAsUndefined: true,
});
