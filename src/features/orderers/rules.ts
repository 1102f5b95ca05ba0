// Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit.
// Weights 7, 9, 10, 5, 8, 4, 2; sum mod 11; remainder 0 → check 0; remainder 1 → never issued;
// otherwise the check digit is 11 − remainder.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;

/** The check digit for seven digits, or null when no valid ID has them (remainder 1). */
export function businessIdCheckDigit(sevenDigits: string): number | null {
  if (!/^\d{7}$/.test(sevenDigits)) return null;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(sevenDigits[i]), 0);
  const r = sum % 11;
  if (r === 0) return 0;
  if (r === 1) return null;
  return 11 - r;
}

/** "0737546-2" → true. Old six-digit IDs are written with a leading zero. */
export function isValidBusinessId(value: string): boolean {
  const m = /^(\d{7})-(\d)$/.exec(value.trim());
  if (!m) return false;
  const check = businessIdCheckDigit(m[1]!);
  return check !== null && check === Number(m[2]);
}

/** Tidies what people type: spaces away; "07375462" → "0737546-2". */
export function normalizeBusinessId(value: string): string {
  const v = value.replace(/\s/g, "");
  return /^\d{8}$/.test(v) ? `${v.slice(0, 7)}-${v.slice(7)}` : v;
}
