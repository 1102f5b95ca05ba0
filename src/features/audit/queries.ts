import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/action";
import type { Db } from "@/server/db";
import { AUDIT_LOG_PAGE_SIZE, CLIENT_LOG_PAGE_SIZE, type AuditCursor } from "./rules";

type Reader = Tx | Db;

/** Rows after the cursor in (createdAt desc, id desc) order: the keyset condition. */
function after(cursor: AuditCursor | null): Prisma.AuditEventWhereInput {
  if (!cursor) return {};
  return { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] };
}

async function page(db: Reader, where: Prisma.AuditEventWhereInput, cursor: AuditCursor | null, size: number) {
  // One row more than the page tells whether there is a next page without counting the table.
  const rows = await db.auditEvent.findMany({
    where: { AND: [where, after(cursor)] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: size + 1,
  });
  const more = rows.length > size;
  const shown = more ? rows.slice(0, size) : rows;
  const actorIds = [...new Set(shown.map((r) => r.actorUserId).filter((v): v is string => !!v))];
  const actors = actorIds.length ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }) : [];
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const last = shown.at(-1);
  return {
    rows: shown.map((r) => ({ ...r, actorName: r.actorUserId ? (names.get(r.actorUserId) ?? null) : null })),
    next: more && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}

/**
 * Who read or changed one client's data, newest first (ADR 073): the rows about the client
 * (the (clientId, createdAt) index), a page at a time.
 */
export function clientAccessLog(db: Reader, clientId: string, cursor: AuditCursor | null, size = CLIENT_LOG_PAGE_SIZE) {
  return page(db, { clientId }, cursor, size);
}

export interface AuditSearch {
  actorUserId?: string;
  clientId?: string;
  entityType?: string;
  /** one action, exactly ("client.read"): a prefix could not use the index under every collation */
  action?: string;
  from?: Date;
  /** exclusive */
  to?: Date;
}

/** The admin's search of the whole log: each filter has an index that ends in (createdAt, id). */
export function searchAuditLog(db: Reader, filter: AuditSearch, cursor: AuditCursor | null, size = AUDIT_LOG_PAGE_SIZE) {
  const where: Prisma.AuditEventWhereInput = {
    ...(filter.actorUserId ? { actorUserId: filter.actorUserId } : {}),
    ...(filter.clientId ? { clientId: filter.clientId } : {}),
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.from || filter.to ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } } : {}),
  };
  return page(db, where, cursor, size);
}

/**
 * The entity types in the log, for the filter's list. A loose index scan over the
 * (entityType, createdAt, id) index: each step jumps to the next type, so the cost is the number
 * of types (a dozen), not of rows (Prisma's `distinct` would read every row into Node).
 */
export async function auditEntityTypes(db: Reader): Promise<string[]> {
  const rows = await db.$queryRaw<{ entityType: string }[]>`
    WITH RECURSIVE t AS (
      (SELECT "entityType" FROM "AuditEvent" ORDER BY "entityType" LIMIT 1)
      UNION ALL
      SELECT (SELECT "entityType" FROM "AuditEvent" WHERE "entityType" > t."entityType" ORDER BY "entityType" LIMIT 1)
      FROM t WHERE t."entityType" IS NOT NULL
    )
    SELECT "entityType" FROM t WHERE "entityType" IS NOT NULL LIMIT 200`;
  return rows.map((r) => r.entityType);
}

/** The actions in the log, for the filter's suggestions: the same loose index scan on (action, ...). */
export async function auditActions(db: Reader): Promise<string[]> {
  const rows = await db.$queryRaw<{ action: string }[]>`
    WITH RECURSIVE t AS (
      (SELECT "action" FROM "AuditEvent" ORDER BY "action" LIMIT 1)
      UNION ALL
      SELECT (SELECT "action" FROM "AuditEvent" WHERE "action" > t."action" ORDER BY "action" LIMIT 1)
      FROM t WHERE t."action" IS NOT NULL
    )
    SELECT "action" FROM t WHERE "action" IS NOT NULL LIMIT 500`;
  return rows.map((r) => r.action);
}

/** A person for the admin's "by person" filter: an email finds the account, an id is taken as is. */
export async function findActorForSearch(db: Reader, person: string): Promise<string | null> {
  const byEmail = person.includes("@") ? await db.user.findFirst({ where: { email: { equals: person, mode: "insensitive" } }, select: { id: true } }) : null;
  if (byEmail) return byEmail.id;
  const byId = await db.user.findUnique({ where: { id: person }, select: { id: true } });
  return byId?.id ?? null;
}
