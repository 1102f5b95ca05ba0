import { PDFDocument } from "pdf-lib";
import { describe, expect, it, vi } from "vitest";
import { PdfWriter } from "@/lib/pdf";
import { payStatement } from "../../../tests/support/invoice-fixtures";
import { embeddedFonts } from "../../../tests/support/pdf";
import { payStatementPdf } from "./statement-pdf";

async function drawnText(doc: Parameters<typeof payStatementPdf>[0]): Promise<string[]> {
  const spy = vi.spyOn(PdfWriter.prototype, "drawText");
  await payStatementPdf(doc);
  const lines = spy.mock.instances.map((w, i) => (w as unknown as PdfWriter).safe(String(spy.mock.calls[i]![0])).replace(/[\u00a0\u202f]/g, " "));
  spy.mockRestore();
  return lines;
}

describe("payStatementPdf", () => {
  it("says first what reaches the account, then the withholding in plain words", async () => {
    const lines = await drawnText(payStatement);
    const net = lines.indexOf("Tilillesi maksetaan");
    expect(net).toBeGreaterThan(0);
    expect(lines[net + 1]).toBe("43,50 €");
    expect(net).toBeLessThan(lines.indexOf("Tehdyt työt"));
    expect(lines).toContain("Tili, joka päättyy 0785");
    expect(lines).toContain("Ennakonpidätys 60 %");
    expect(lines).toContain("−65,25 €");
    expect(lines.join(" ")).toContain("Verokorttia ei ole annettu");
    expect(lines).toContain("Мария Öhman-Александрова 王");
  });

  for (const locale of ["fi", "sv", "en"] as const) {
    it(`writes the statement in ${locale} with DejaVu and, for the CJK name, Noto Sans SC embedded`, async () => {
      const back = await PDFDocument.load(await payStatementPdf({ ...payStatement, locale }));
      expect(back.getPageCount()).toBe(1);
      expect(back.getTitle()).toBe(
        { fi: "Palkkiolaskelma 1.9.2024–30.9.2024", sv: "Arvodesspecifikation 1.9.2024–30.9.2024", en: "Fee statement 01/09/2024–30/09/2024" }[locale],
      );
      expect(back.getSubject()).toContain(payStatement.workerName);
      const fonts = embeddedFonts(back).map((n) => n.replace(/-\d+$/, ""));
      expect(fonts.filter((n) => n.startsWith("DejaVu")).sort()).toEqual(["DejaVuSans", "DejaVuSans-Bold"]);
      expect(fonts.some((n) => n.startsWith("NotoSansSC"))).toBe(true);
    });
  }

  it("handles wages, a recorded tax card, no gigs and no account", async () => {
    const doc = { ...payStatement, kind: "WAGES" as const, taxCardRecorded: true, withholdingBp: 1850, gigs: [], ibanEnding: null };
    const back = await PDFDocument.load(await payStatementPdf(doc));
    expect(back.getTitle()).toMatch(/^Palkkalaskelma/);
  });

  it("runs onto more pages for a long month", async () => {
    const gigs = Array.from({ length: 60 }, (_, i) => ({ ...payStatement.gigs[0]!, description: `Pihatyöt ${i}, Siisti & Kaunis Oy` }));
    const back = await PDFDocument.load(await payStatementPdf({ ...payStatement, gigs }));
    expect(back.getPageCount()).toBeGreaterThan(1);
  });
});
