import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allInvoices, creditNote, feeLine, internalInvoice, invoiceFrom, spanningInvoice, workLine } from "../../../tests/support/invoice-fixtures";
import { cents } from "../../../tests/support/xml";
import { CSV_COLUMNS, invoicesCsv, lineVatShares } from "./csv";

function rows(csv: string): Record<string, string>[] {
  return parse(csv, { columns: true, delimiter: ";", bom: true, skip_empty_lines: true });
}

describe("invoicesCsv", () => {
  it("writes a BOM, a header row, ';' and CRLF, one row per line", () => {
    const csv = invoicesCsv(Object.values(allInvoices));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.split("\r\n")[0]).toBe(`\uFEFF${CSV_COLUMNS.map((c) => c.header).join(";")}`);
    const all = rows(csv);
    expect(all).toHaveLength(Object.values(allInvoices).reduce((s, d) => s + d.lines.length, 0));
    const first = all[0]!;
    expect(first).toMatchObject({
      laskun_numero: "1042",
      laji: "LASKU",
      laskun_pvm: "2024-10-01",
      ostaja: "Siisti & Kaunis Oy <Åbo>",
      y_tunnus: "2617416-4",
      asiakkaan_viite_kustannuspaikka: "KP-4410 / Matti Meikäläinen",
      tyopaiva: "2024-08-29",
      maara: "4,00",
      yksikko: "h",
      yksikkohinta: "32,00",
      veroton: "128,00",
      alv_prosentti: "24",
      alv_koodi: "S",
    });
  });

  it("writes the header alone for no invoices", () => {
    expect(invoicesCsv([])).toBe(`\uFEFF${CSV_COLUMNS.map((c) => c.header).join(";")}\r\n`);
  });

  it("marks the credit note and the internal, VAT-free invoice", () => {
    const [credit] = rows(invoicesCsv([creditNote]));
    expect(credit).toMatchObject({ laji: "HYVITYSLASKU", hyvitettava_lasku: "1042", veroton: "-32,00", alv: "-8,16", verollinen: "-40,16" });
    const internal = rows(invoicesCsv([internalInvoice]));
    expect(internal.every((r) => r.alv === "0,00" && r.alv_koodi === "O" && r.asiakkaan_viite_kustannuspaikka === "Kustannuspaikka 4410-200")).toBe(true);
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    const doc = invoiceFrom([workLine("2024-09-02", "=HYPERLINK(\"x\")", 60, 3000)], { buyerReference: "+358", buyer: { ...spanningInvoice.buyer, name: "@Oy; \"Lainaus\"" } });
    const [row] = rows(invoicesCsv([doc]));
    expect(row!.kuvaus).toBe("'=HYPERLINK(\"x\")");
    expect(row!.asiakkaan_viite_kustannuspaikka).toBe("'+358");
    expect(row!.ostaja).toBe("'@Oy; \"Lainaus\"");
  });

  it("sums each invoice's rows to its totals and each rate's VAT exactly (property)", () => {
    const line = fc.record({ day: fc.integer({ min: 0, max: 60 }), minutes: fc.integer({ min: -600, max: 720 }).filter((m) => m !== 0), price: fc.integer({ min: 1, max: 20_000 }), fee: fc.boolean() });
    fc.assert(
      fc.property(fc.array(fc.array(line, { minLength: 1, maxLength: 15 }), { minLength: 1, maxLength: 4 }), (invoices) => {
        const docs = invoices.map((lines, n) =>
          invoiceFrom(
            lines.map((l) => {
              const day = new Date(Date.UTC(2024, 7, 1 + l.day)).toISOString().slice(0, 10);
              return l.fee ? feeLine(day, "Peruutusmaksu", l.price) : workLine(day, "Työ", l.minutes, l.price);
            }),
            { number: String(2000 + n) },
          ),
        );
        const parsed = rows(invoicesCsv(docs));
        for (const doc of docs) {
          const mine = parsed.filter((r) => r.laskun_numero === doc.number);
          // "+ 0": a negative amount that rounds to nothing is -0 in the document, 0 in the file.
          expect(mine.reduce((s, r) => s + cents(r.veroton!), 0)).toBe(doc.totals.netCents + 0);
          expect(mine.reduce((s, r) => s + cents(r.alv!), 0)).toBe(doc.totals.vatCents + 0);
          expect(mine.reduce((s, r) => s + cents(r.verollinen!), 0)).toBe(doc.totals.grossCents + 0);
          const shares = lineVatShares(doc);
          for (const v of doc.vatBreakdown) {
            expect(doc.lines.reduce((s, l, i) => s + (l.vatRateBp === v.rateBp ? shares[i]! : 0), 0) + 0).toBe(v.vatCents + 0);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
