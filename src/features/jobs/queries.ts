import type { Tx } from "@/server/action";
import type { Db } from "@/server/db";
import { findDeadLetter, findDeadLetters, type DeadLetterCursor } from "@/server/jobs/queries";

export const DEAD_LETTER_PAGE = 25;

/** One page of dead letters, newest first, and the cursor of the next page (null: the last). */
export async function listDeadLetters(db: Db, cursor?: DeadLetterCursor) {
  const rows = await findDeadLetters(db, DEAD_LETTER_PAGE + 1, cursor);
  const page = rows.slice(0, DEAD_LETTER_PAGE);
  const last = page.at(-1);
  return { rows: page, next: rows.length > DEAD_LETTER_PAGE && last ? `${last.failedAt.toISOString()}_${last.id}` : null };
}

export async function loadDeadLetter(tx: Tx, id: string) {
  const row = await findDeadLetter(tx, id);
  return row && { target: {}, row };
}
