// The audit log's pages (ADR 073): keyset cursors over (createdAt, id), newest first.

export const AUDIT_LOG_PAGE_SIZE = 50;
export const CLIENT_LOG_PAGE_SIZE = 20;

export interface AuditCursor {
  createdAt: Date;
  id: string;
}

/** The cursor as a URL-safe string: the instant in milliseconds and the row id. */
export function encodeCursor(c: AuditCursor): string {
  return `${c.createdAt.getTime().toString(36)}.${c.id}`;
}

/** The cursor back, or null for anything that is not one (a hand-edited URL). */
export function decodeCursor(raw: string | null | undefined): AuditCursor | null {
  if (!raw) return null;
  const m = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{1,64})$/.exec(raw);
  if (!m) return null;
  const ms = parseInt(m[1]!, 36);
  if (!Number.isSafeInteger(ms)) return null;
  return { createdAt: new Date(ms), id: m[2]! };
}

/**
 * What a log row means for the person it is about, in a closed set the page can translate:
 * a read (with the page it was read on), an export, or a change.
 */
export type AccessKind = "read" | "export" | "change";
export function accessKind(action: string): AccessKind {
  if (action === "client.read") return "read";
  if (action === "client.export") return "export";
  return "change";
}

/** The page a read happened on, from the row's details (`view`), when it is one we name. */
export const READ_VIEWS = ["staff", "coordinator", "otherUnit", "export"] as const;
export type ReadView = (typeof READ_VIEWS)[number];
export function readView(details: unknown): ReadView | null {
  const view = details && typeof details === "object" && "view" in details ? (details as { view: unknown }).view : null;
  return READ_VIEWS.includes(view as ReadView) ? (view as ReadView) : null;
}
