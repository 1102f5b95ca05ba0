// The invoices as CSV for the city's finance system (ADR 062): one row per invoice line, in the
// habit of Finnish finance-system imports: ";" between fields, a decimal comma, ISO dates, UTF-8
// with a byte-order mark (so Excel opens ä/ö/å right) and CRLF line ends, a header row.
// VAT is computed once per rate (BR-CO-17); each line shows its share, so that the lines' VAT
// sums to the rate's VAT exactly, to the cent.
import { stringify } from "csv-stringify/sync";
import type { InvoiceDocument } from "./document";
import { decimal, lineQuantity, percent, vatCategory } from "./einvoice";
import { vatOn } from "@/lib/money";

export const CSV_COLUMNS = [
  { key: "invoiceNumber", header: "laskun_numero" },
  { key: "kind", header: "laji" },
  { key: "creditedInvoice", header: "hyvitettava_lasku" },
  { key: "issueDate", header: "laskun_pvm" },
  { key: "dueDate", header: "erapaiva" },
  { key: "buyer", header: "ostaja" },
  { key: "businessId", header: "y_tunnus" },
  { key: "reference", header: "viitenumero" },
  { key: "buyerReference", header: "asiakkaan_viite_kustannuspaikka" },
  { key: "orderNumber", header: "tilaus" },
  { key: "lineNo", header: "rivi" },
  { key: "workDate", header: "tyopaiva" },
  { key: "description", header: "kuvaus" },
  { key: "quantity", header: "maara" },
  { key: "unit", header: "yksikko" },
  { key: "unitPrice", header: "yksikkohinta" },
  { key: "net", header: "veroton" },
  { key: "vatCode", header: "alv_koodi" },
  { key: "vatRate", header: "alv_prosentti" },
  { key: "vat", header: "alv" },
  { key: "gross", header: "verollinen" },
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number]["key"], string>;

const UNIT = { HUR: "h", MIN: "min", C62: "kpl" } as const;

/**
 * Each line's share of its rate's VAT: the VAT on the line's own net, then the cents the
 * rounding left over (or took too many) given to the largest lines first, one each.
 */
export function lineVatShares(doc: InvoiceDocument): number[] {
  const shares = doc.lines.map((l) => vatOn(l.netCents, l.vatRateBp));
  for (const v of doc.vatBreakdown) {
    const idx = doc.lines.map((l, i) => (l.vatRateBp === v.rateBp ? i : -1)).filter((i) => i >= 0);
    let diff = v.vatCents - idx.reduce((s, i) => s + shares[i]!, 0);
    const byNet = [...idx].sort((a, b) => Math.abs(doc.lines[b]!.netCents) - Math.abs(doc.lines[a]!.netCents) || a - b);
    for (let k = 0; diff !== 0 && byNet.length; k++) {
      shares[byNet[k % byNet.length]!]! += Math.sign(diff);
      diff -= Math.sign(diff);
    }
  }
  return shares;
}

/** A text cell that a spreadsheet would run as a formula gets a leading apostrophe. */
function text(value: string | null): string {
  if (!value) return "";
  const clean = value.replace(/[\r\n\t]+/g, " ");
  return /^[=+\-@]/.test(clean) ? `'${clean}` : clean;
}

const comma = (cents: number) => decimal(cents, ",");

export function invoiceCsvRows(doc: InvoiceDocument): Row[] {
  const vat = lineVatShares(doc);
  return doc.lines.map((l, i) => {
    const q = lineQuantity(l);
    return {
      invoiceNumber: doc.number,
      kind: doc.kind === "CREDIT_NOTE" ? "HYVITYSLASKU" : "LASKU",
      creditedInvoice: doc.creditedInvoice?.number ?? "",
      issueDate: doc.issueDate,
      dueDate: doc.dueDate,
      buyer: text(doc.buyer.name),
      businessId: doc.buyer.businessId ?? "",
      reference: doc.referenceNumber,
      buyerReference: text(doc.buyerReference),
      orderNumber: String(l.orderNumber),
      lineNo: String(l.lineNo),
      workDate: l.workDate,
      description: text(l.description),
      quantity: q.quantity.replace(".", ","),
      unit: UNIT[q.unitCode],
      // Per hour even when the quantity is in minutes (the unit column says which).
      unitPrice: comma(l.unitPriceCents),
      net: comma(l.netCents),
      vatCode: vatCategory(doc, l.vatRateBp),
      vatRate: percent(l.vatRateBp, ","),
      vat: comma(vat[i]!),
      gross: comma(l.netCents + vat[i]!),
    };
  });
}

export function invoicesCsv(docs: InvoiceDocument[]): string {
  return stringify(
    docs.flatMap(invoiceCsvRows),
    {
      header: true,
      columns: CSV_COLUMNS.map((c) => ({ key: c.key, header: c.header })),
      delimiter: ";",
      record_delimiter: "windows",
      bom: true,
      quoted_match: /^\s|\s$/,
    },
  );
}
