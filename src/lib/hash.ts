import { createHash } from "node:crypto";

/** Hex sha256 of a UTF-8 text: terms texts (stored with each acceptance) and one-time tokens. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * Only a hash of a one-time link token is stored, so a database copy does not give working
 * links. Here, not in admin/rules.ts, so that client components importing the rules do not
 * pull node:crypto into the browser.
 */
export function hashToken(token: string): string {
  return sha256Hex(token);
}
