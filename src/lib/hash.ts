import { createHash } from "node:crypto";

/** Hex sha256 of a UTF-8 text: terms texts (stored with each acceptance) and one-time tokens. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
