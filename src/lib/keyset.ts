// Keyset (cursor) pages (ADR 025, 090): a page is "the next `size` rows after this one" in a
// fixed order with the id as the last tie-breaker, so a page costs the same on the first and
// the hundredth page, and rows added meanwhile neither repeat nor skip rows already shown.

/** The cursor of a newest-first list: the last row's creation instant and id. */
export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return `${row.createdAt.getTime()}_${row.id}`;
}

/** A cursor from the address bar; anything malformed is "the first page". */
export function decodeCursor(value: string | undefined | null): { createdAt: Date; id: string } | null {
  const m = /^(\d{1,15})_([A-Za-z0-9_-]{1,40})$/.exec(value ?? "");
  return m ? { createdAt: new Date(Number(m[1])), id: m[2]! } : null;
}

/** Rows strictly after the cursor in `createdAt desc, id desc` order (a Prisma `where`). */
export function olderThan(cursor: { createdAt: Date; id: string } | null) {
  return cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {};
}

/** The cursor of a list by a name and id, e.g. (lastName, firstName, id): base64url of the parts. */
export function encodeNameCursor(parts: readonly string[]): string {
  return Buffer.from(JSON.stringify(parts), "utf8").toString("base64url");
}

export function decodeNameCursor(value: string | undefined | null, count: number): string[] | null {
  if (!value || value.length > 600 || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
  try {
    const parts: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    return Array.isArray(parts) && parts.length === count && parts.every((p) => typeof p === "string" && p.length <= 200) ? (parts as string[]) : null;
  } catch {
    return null;
  }
}

/**
 * One page from `size + 1` rows read in the list's order: the first `size`, and the cursor of
 * the last of them when the extra row shows that more follow.
 */
export function keysetPage<T>(rows: readonly T[], size: number, cursorOf: (row: T) => string): { rows: T[]; next: string | null } {
  const page = rows.slice(0, size);
  return { rows: page, next: rows.length > size && page.length > 0 ? cursorOf(page[page.length - 1]!) : null };
}
