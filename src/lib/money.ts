// Money is integer cents everywhere. Rounding is explicit and always half away from zero
// (the usual rule in Finnish invoicing); see docs/decisions/005-money-and-dates.md and 020-pricing-and-rounding.md.

/** round(a × b / c), half away from zero, exact for any safe integers. */
export function mulDivRound(a: number, b: number, c: number): number {
  for (const v of [a, b, c]) {
    if (!Number.isSafeInteger(v)) throw new RangeError(`not a safe integer: ${v}`);
  }
  if (c === 0) throw new RangeError("division by zero");
  const num = BigInt(a) * BigInt(b);
  const den = BigInt(c);
  const negative = num < 0n !== den < 0n;
  const n = num < 0n ? -num : num;
  const d = den < 0n ? -den : den;
  const q = (2n * n + d) / (2n * d);
  const result = Number(q);
  return negative ? -result : result;
}

/** The price of `minutes` of work at `centsPerHour`. */
export function centsForMinutes(centsPerHour: number, minutes: number): number {
  return mulDivRound(centsPerHour, minutes, 60);
}

/** VAT on a net amount; rate in basis points (2550 = 25.5 %). */
export function vatOn(netCents: number, rateBp: number): number {
  return mulDivRound(netCents, rateBp, 10_000);
}

const euros = new Intl.NumberFormat("fi-FI", { style: "currency", currency: "EUR" });

/**
 * "1 234,50 €": Finnish euros in every language (ADR 005). Pages use the formatter
 * (`src/i18n/format.ts`), which calls this.
 */
export function formatEuros(cents: number): string {
  return euros.format(cents / 100);
}

/** Parses "14,50" or "14.50" (euros) into cents; null when it is not a money amount. */
export function parseEuros(text: string): number | null {
  const cleaned = text.replace(/\s|€/g, "").replace(",", ".");
  if (!/^-?\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  const [whole, frac = ""] = cleaned.replace("-", "").split(".") as [string, string?];
  const cents = Number(whole) * 100 + Number((frac + "00").slice(0, 2));
  return cleaned.startsWith("-") ? -cents : cents;
}
