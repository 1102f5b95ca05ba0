import type { Messages } from "next-intl";

/**
 * The messages each part of the app sends to the browser (ADR 091). Server components read the
 * whole catalogue on the server; only client components need messages in the page, and each
 * route folder's layout passes just the paths its client components use (`IntlScope`). Nested
 * providers replace, they do not merge: every scope lists what it needs, the base included.
 * `client-namespaces.test.ts` walks the imports of each folder's pages and fails when a client
 * component uses a namespace its scope does not carry.
 */
const BASE = ["common", "errors", "validation", "notifications.header"] as const;

export const CLIENT_NAMESPACES = {
  // the root layout: error pages, the 404 page, /, /home
  root: BASE,
  signin: [...BASE, "auth"],
  account: [...BASE, "admin.password"],
  client: [...BASE, "client.actions", "client.history", "client.offline", "feedback.client"],
  notifications: [...BASE, "notifications.push"],
  order: [...BASE, "intake.repeat", "intake.review", "orders", "pricing"],
  orderer: [...BASE, "hours.disputes", "hours.review", "hours", "intake.repeat", "orders", "pricing"],
  unit: [...BASE, "client.actions", "client.history", "client.offline", "client.support", "coordination", "hours", "notifications.prefs", "payroll.details", "people", "unit", "rights.sensitive", "rights.consent", "feedback.debrief"],
  coordinator: [
    ...BASE,
    "client.certificates",
    "coordination.gig",
    "coordination.matching",
    "coordination.offers",
    "coordination.review",
    "coordination.sessions",
    "feedback.debrief",
    "hours",
    "intake.enter",
    "intake.repeat",
    "invoicing.pages",
    "orders",
    "payroll.run",
    "payroll.runs",
    "people",
    "pricing",
  ],
  admin: [...BASE, "admin", "client.limitsAdmin", "client.money.kind", "invoicing.pages", "pricing.admin", "rights.erase"],
} as const satisfies Record<string, readonly string[]>;

export type IntlScopeName = keyof typeof CLIENT_NAMESPACES;

type Tree = { [key: string]: Tree | string };

/** Only the given dotted paths of the catalogue (a path that is not there is left out). */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const out: Tree = {};
  for (const p of paths) {
    const parts = p.split(".");
    let from: Tree | string | undefined = messages as unknown as Tree;
    for (const part of parts) from = typeof from === "object" ? from[part] : undefined;
    if (from === undefined) continue;
    let to = out;
    parts.slice(0, -1).forEach((part) => {
      const next = to[part];
      to = (typeof next === "object" ? next : (to[part] = {})) as Tree;
    });
    const last = parts[parts.length - 1]!;
    const existing = to[last];
    to[last] = typeof existing === "object" && typeof from === "object" ? { ...existing, ...from } : from;
  }
  return out as unknown as Messages;
}
