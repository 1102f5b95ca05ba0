// What must never reach the browser, and how to look for it in the built client chunks
// (scripts/check-client-bundle.ts runs it after `next build`; ADR 057).

/**
 * Server variables of src/env.ts that are configuration, not secrets: their names may appear in
 * client code (next-auth's client reads `process.env.NEXTAUTH_URL`, for one). Every other
 * server variable counts as a secret, so a new one is checked until someone says otherwise.
 */
export const NOT_SECRET = new Set([
  "NODE_ENV",
  "PGLITE_DATA_DIR",
  "NEXTAUTH_URL",
  "STAFF_SESSION_HOURS",
  "CLIENT_SESSION_DAYS",
  "CLIENT_SESSION_IDLE_DAYS",
  "EMAIL_FROM",
  "TRUSTED_PROXY_HOPS",
  "GIG_START_WINDOW_MINUTES",
  // How long data is kept (ADR 074): configuration.
  "RETENTION_YEARS",
  // "1" when scripts/serve.mjs runs the app: a switch, not a secret.
  "TASMATYO_PEER_HEADER",
  // Notification channels (ADR 044): which SMS provider, where it is and who sends; the public
  // half of the VAPID key pair is handed to the browser on purpose. SMS_API_TOKEN and
  // VAPID_PRIVATE_KEY stay secrets.
  "SMS_PROVIDER",
  "SMS_API_URL",
  "SMS_SENDER",
  "VAPID_PUBLIC_KEY",
  "VAPID_SUBJECT",
  // Where the job worker runs and pg-boss's schema name (ADR 008).
  "JOBS_IN_PROCESS",
  "JOBS_SCHEMA",
]);

/** Secrets that scripts and tests read, outside src/env.ts. */
export const SCRIPT_SECRETS = [
  "MIGRATION_DATABASE_URL",
  "DATABASE_ADMIN_URL",
  "DB_OWNER_PASSWORD",
  "DB_APP_PASSWORD",
  "TEST_DATABASE_URL",
  "TEST_APP_DATABASE_URL",
];

/** The keys of the `server: { ... }` block of src/env.ts. */
export function serverEnvKeys(envSource: string): string[] {
  const start = envSource.indexOf("server: {");
  const end = envSource.indexOf("client: {", start);
  if (start < 0 || end < 0) throw new Error("src/env.ts has no server: { ... } and client: { ... } blocks");
  const block = envSource.slice(start, end);
  return [...block.matchAll(/^\s{4}([A-Z][A-Z0-9_]*):/gm)].map((m) => m[1]!);
}

export interface Secret {
  name: string;
  value?: string;
}

/** Shorter values would match by chance (and are not secrets worth the name). */
const MIN_VALUE_LENGTH = 8;

/** The strings to look for: each name, its value, and a URL value's password on its own. */
export function needles(secrets: Secret[]): { needle: string; what: string }[] {
  const out: { needle: string; what: string }[] = [];
  for (const s of secrets) {
    out.push({ needle: s.name, what: `the name ${s.name}` });
    if (!s.value || s.value.length < MIN_VALUE_LENGTH) continue;
    out.push({ needle: s.value, what: `the value of ${s.name}` });
    try {
      const password = decodeURIComponent(new URL(s.value).password);
      if (password.length >= MIN_VALUE_LENGTH) out.push({ needle: password, what: `the password in ${s.name}` });
    } catch {
      // not a URL
    }
  }
  return out;
}

export interface Leak {
  file: string;
  what: string;
}

export function findLeaks(files: { path: string; text: string }[], secrets: Secret[]): Leak[] {
  const wanted = needles(secrets);
  const leaks: Leak[] = [];
  for (const f of files) {
    for (const n of wanted) if (f.text.includes(n.needle)) leaks.push({ file: f.path, what: n.what });
  }
  return leaks;
}
