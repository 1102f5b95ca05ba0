// Invoice documents for the output tests (PDF, Finvoice, Peppol, CSV). Totals and VAT rows are
// computed here the way the run computes them (per line net, VAT once per rate: BR-CO-17), so a
// fixture is always a consistent document; `invoiceFrom` also serves the property tests.
import type { InvoiceDocument, InvoiceLine, InvoiceParty, InvoiceSeller } from "../../src/features/invoicing/document";
import { finnishReference, rfReference } from "../../src/features/invoicing/reference";
import { centsForMinutes, vatOn } from "../../src/lib/money";
import type { PayStatementDocument } from "../../src/features/payroll/document";

export const seller: InvoiceSeller = {
  name: "Jyväskylän kaupunki / Täsmätyö Keski-Suomi",
  businessId: "0208201-1",
  streetAddress: "Väinönkatu 1",
  postalCode: "40100",
  city: "Jyväskylä",
  countryCode: "FI",
  email: "tasmatyo@jyvaskyla.example",
  phone: "+358 14 266 0000",
  eInvoiceAddress: "003702082011",
  eInvoiceOperator: "003721291126",
  iban: "FI2112345600000785",
  bic: "NDEAFIHH",
};

export const companyBuyer: InvoiceParty = {
  name: "Siisti & Kaunis Oy <Åbo>",
  businessId: "2617416-4",
  streetAddress: "Hämeenkatu 3 A 5",
  postalCode: "33100",
  city: "Tampere",
  countryCode: "FI",
  email: "laskut@siisti.example",
  phone: null,
  eInvoiceAddress: "003726174164",
  eInvoiceOperator: "E204503",
};

export const privateBuyer: InvoiceParty = {
  name: "Пётр Ильич Чайковский",
  businessId: null,
  streetAddress: "Östra Hamngatan 2",
  postalCode: "65100",
  city: "Vaasa",
  countryCode: "FI",
  email: "petr@example.fi",
  phone: "+358 40 123 4567",
  eInvoiceAddress: null,
  eInvoiceOperator: null,
};

export const cityUnitBuyer: InvoiceParty = {
  name: "Jyväskylän kaupunki, Kaupunkirakennepalvelut",
  businessId: "0208201-1",
  streetAddress: "Hannikaisenkatu 17",
  postalCode: "40100",
  city: "Jyväskylä",
  countryCode: "FI",
  email: null,
  phone: null,
  eInvoiceAddress: "003702082011",
  eInvoiceOperator: "003721291126",
};

let lineCounter = 0;
/** A work line: `minutes` at `unitPriceCents` an hour, the rate valid on `workDate`. */
export function workLine(workDate: string, description: string, minutes: number, unitPriceCents: number, opts: Partial<InvoiceLine> = {}): InvoiceLine {
  const vatRateBp = opts.vatRateBp ?? (workDate <= "2024-08-31" ? 2400 : 2550);
  return {
    lineNo: 0,
    kind: "WORK",
    workDate,
    description,
    orderNumber: 5001,
    gigId: `gig-${++lineCounter}`,
    minutes,
    unitCount: null,
    unitPriceCents,
    netCents: centsForMinutes(unitPriceCents, minutes),
    vatRateBp,
    ...opts,
  };
}

export function feeLine(workDate: string, description: string, cents: number, vatRateBp = 2550): InvoiceLine {
  return { lineNo: 0, kind: "CANCELLATION_FEE", workDate, description, orderNumber: 5002, gigId: null, minutes: 0, unitCount: 1, unitPriceCents: cents, netCents: cents, vatRateBp };
}

/** A consistent document from its lines: numbered lines, VAT per rate, totals. */
export function invoiceFrom(lines: InvoiceLine[], over: Partial<InvoiceDocument> = {}): InvoiceDocument {
  const vatExempt = over.vatExempt ?? false;
  const numbered = lines.map((l, i) => ({ ...l, lineNo: i + 1, vatRateBp: vatExempt ? 0 : l.vatRateBp }));
  const byRate = new Map<number, number>();
  for (const l of numbered) byRate.set(l.vatRateBp, (byRate.get(l.vatRateBp) ?? 0) + l.netCents);
  const vatBreakdown = [...byRate.entries()]
    .sort(([a], [b]) => a - b)
    .map(([rateBp, netCents]) => ({ rateBp, netCents, vatCents: vatOn(netCents, rateBp) }));
  const netCents = vatBreakdown.reduce((s, v) => s + v.netCents, 0);
  const vatCents = vatBreakdown.reduce((s, v) => s + v.vatCents, 0);
  const days = numbered.map((l) => l.workDate).sort();
  const number = over.number ?? "1042";
  const referenceNumber = finnishReference(`10${number}`);
  return {
    kind: "INVOICE",
    number,
    issueDate: "2024-10-01",
    dueDate: "2024-10-15",
    periodStart: days[0] ?? "2024-09-01",
    periodEnd: days.at(-1) ?? "2024-09-30",
    currency: "EUR",
    locale: "fi",
    seller,
    buyer: companyBuyer,
    buyerReference: "KP-4410 / Matti Meikäläinen",
    referenceNumber,
    rfReference: rfReference(referenceNumber),
    creditedInvoice: null,
    vatExempt,
    notes: "Maksuehto 14 päivää netto. Viivästyskorko korkolain mukaan.",
    ...over,
    lines: numbered,
    vatBreakdown,
    totals: { netCents, vatCents, grossCents: netCents + vatCents },
  };
}

/** A month over the VAT change (24 % until 31.8.2024, 25.5 % after): two VAT rows and a fee. */
export const spanningInvoice = invoiceFrom([
  workLine("2024-08-29", "Pihatyöt · Maija", 240, 3200),
  workLine("2024-08-31", "Muuttoapu · Öhman", 195, 3200),
  workLine("2024-09-02", "Pihatyöt · Пётр", 300, 3200),
  workLine("2024-09-05", "Siivous · محمد", 125, 3350),
  workLine("2024-09-06", "Lumityöt · 王小明", 60, 3350),
  feeLine("2024-09-10", "Peruutusmaksu, tilaus 5002 (peruttu alle 24 h ennen)", 4500),
]);

/** The credit note for a correction of the spanning invoice: amounts negative as printed. */
export const creditNote: InvoiceDocument = invoiceFrom(
  [workLine("2024-09-02", "Korjaus: Pihatyöt · Пётр (300 → 240 min)", -60, 3200, { kind: "CORRECTION" })],
  { kind: "CREDIT_NOTE", number: "1043", issueDate: "2024-10-08", dueDate: "2024-10-08", creditedInvoice: { number: "1042", issueDate: "2024-10-01" }, locale: "sv", notes: null },
);

/** A city unit billed internally: no VAT, a cost centre as the buyer reference. */
export const internalInvoice = invoiceFrom(
  [workLine("2024-11-04", "Puistotyöt · Åsa", 480, 2900), workLine("2024-11-05", "Puistotyöt · Åsa", 450, 2900)],
  { number: "1044", vatExempt: true, buyer: cityUnitBuyer, buyerReference: "Kustannuspaikka 4410-200", locale: "en", issueDate: "2024-12-02", dueDate: "2024-12-30" },
);

/** A private person, no business ID and no buyer reference; paid by bank transfer from a PDF. */
export const privateInvoice = invoiceFrom(
  [workLine("2025-05-12", "Puutarhatyöt · Ελένη", 150, 3500), workLine("2025-05-13", "Puutarhatyöt · שרה", 150, 3500)],
  { number: "1045", buyer: privateBuyer, buyerReference: null, locale: "fi", issueDate: "2025-06-01", dueDate: "2025-06-15", notes: null },
);

export const allInvoices = { spanningInvoice, creditNote, internalInvoice, privateInvoice };

export const payStatement: PayStatementDocument = {
  locale: "fi",
  payer: { name: "Jyväskylän kaupunki / Täsmätyö", businessId: "0208201-1", streetAddress: "Väinönkatu 1", postalCode: "40100", city: "Jyväskylä" },
  workerName: "Мария Öhman-Александрова 王",
  periodStart: "2024-09-01",
  periodEnd: "2024-09-30",
  paymentDate: "2024-10-10",
  kind: "COMMISSION_FEE",
  gigs: [
    { workDate: "2024-09-02", description: "Pihatyöt, Siisti & Kaunis Oy", minutes: 240, hourlyPayCents: 1500, grossCents: 6000 },
    { workDate: "2024-09-05", description: "Muuttoapu, Pärttyli Äijälä", minutes: 195, hourlyPayCents: 1500, grossCents: 4875 },
  ],
  grossCents: 10875,
  withholdingBp: 6000,
  taxCardRecorded: false,
  withholdingCents: 6525,
  netCents: 4350,
  ibanEnding: "0785",
};
