// Finnish payment reference numbers (viitenumero) and their international RF form (ISO 11649).
// The check digits are computed here; finnish-bank-utils validates what we make (see the test),
// so a mistake in either would show.
import FinnishBankUtils from "finnish-bank-utils";

/** The 7-3-1 check digit of a Finnish reference base (3–19 digits). */
export function finnishCheckDigit(base: string): number {
  if (!/^\d{3,19}$/.test(base)) throw new Error(`reference base must be 3-19 digits: ${base}`);
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < base.length; i++) sum += Number(base[base.length - 1 - i]) * weights[i % 3]!;
  return (10 - (sum % 10)) % 10;
}

/** A Finnish reference number: the base and its check digit, digits only (e.g. "1232"). */
export function finnishReference(base: string): string {
  return `${base}${finnishCheckDigit(base)}`;
}

/** The RF creditor reference of a Finnish reference, without spaces ("RF18123"). */
export function rfReference(reference: string): string {
  const digits = `${reference}RF00`.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let mod = 0;
  for (const d of digits) mod = (mod * 10 + Number(d)) % 97;
  return `RF${String(98 - mod).padStart(2, "0")}${reference}`;
}

export function isValidFinnishReference(reference: string): boolean {
  return FinnishBankUtils.isValidFinnishRefNumber(reference);
}

export function isValidFinnishIban(iban: string): boolean {
  return FinnishBankUtils.isValidFinnishIBAN(iban);
}

/** Grouped for print: "12345 67890" and "RF18 1234 5678 90". */
export function formatReference(reference: string): string {
  return FinnishBankUtils.formatFinnishRefNumber(reference) || reference;
}

export function formatIban(iban: string): string {
  return FinnishBankUtils.formatFinnishIBAN(iban) || iban;
}

/**
 * The Finnish virtual bar code (virtuaaliviivakoodi, Finanssiala's bank bar code v4 for a
 * Finnish reference, v5 for RF): 54 digits a payer copies into an online bank. Built here
 * because finnish-bank-utils' formatter computes the cents in floating point and writes
 * "65520.000000000007" for 655.20 €; its parser reads ours back in the test.
 * Null when the amount does not fit (over 999 999,99 € or not positive).
 */
export function virtualBarCode(iban: string, cents: number, reference: string, dueDate: string | null): string | null {
  const account = iban.replace(/\s/g, "");
  if (!isValidFinnishIban(account) || !Number.isSafeInteger(cents) || cents <= 0 || cents > 99_999_999) return null;
  const amount = String(cents).padStart(8, "0");
  const due = dueDate ? `${dueDate.slice(2, 4)}${dueDate.slice(5, 7)}${dueDate.slice(8, 10)}` : "000000";
  const ref = reference.replace(/\s/g, "");
  if (/^RF\d{2}\d+$/.test(ref)) {
    const body = ref.slice(4);
    if (body.length > 21) return null;
    return `5${account.slice(2)}${amount}${ref.slice(2, 4)}${body.padStart(21, "0")}${due}`;
  }
  if (!isValidFinnishReference(ref) || ref.length > 20) return null;
  return `4${account.slice(2)}${amount}000${ref.padStart(20, "0")}${due}`;
}
