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
