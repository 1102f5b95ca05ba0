import { PDFDocument, PDFName, PDFString } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { embeddedFonts } from "../../tests/support/pdf";
import { bidiRuns, PdfWriter } from "./pdf";

describe("PdfWriter", () => {
  it("embeds DejaVu (and Noto Sans SC for the CJK name), writes metadata and breaks pages", async () => {
    const w = await PdfWriter.create({ title: "Lasku 1042 – Äänekoski", language: "fi-FI", subject: "Testi", keywords: ["lasku"] });
    w.heading("Lasku ÅÄÖ åäö €");
    w.paragraph("Пётр Ильич · محمد · Ελένη · שרה · 王小明 😀 ".repeat(20));
    w.columns([{ title: "Myyjä", lines: ["Siisti Oy", "Katu 1"] }, { title: "Ostaja", lines: ["Ääkkönen Oy"] }]);
    w.keyValues([["Eräpäivä", "4.1.2027"], ["Viite", "12345 67890"]]);
    const rows = Array.from({ length: 120 }, (_, i) => [`${i + 1}`, `Pihatyöt · Maija ${"pitkä ".repeat(i % 7)}`, "1 234,50 €"]);
    w.table([{ header: "#", width: 1 }, { header: "Kuvaus", width: 8 }, { header: "Summa", width: 3, align: "right" }], rows, { boldRows: [119], ruleAbove: [119] });
    const bytes = await w.save("Täsmätyö");
    const back = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(back.getPageCount()).toBeGreaterThan(1);
    expect(back.getTitle()).toBe("Lasku 1042 – Äänekoski");
    expect(back.getSubject()).toBe("Testi");
    expect(back.catalog.lookup(PDFName.of("Lang"), PDFString).decodeText()).toBe("fi-FI");
    expect(embeddedFonts(back).map((n) => n.replace(/-\d+$/, "")).sort()).toEqual(["DejaVuSans", "DejaVuSans-Bold", "NotoSansSC-Regular"]);
  });

  it("loads the CJK fallback only for a document that needs it", async () => {
    const w = await PdfWriter.create({ title: "t", language: "fi-FI" });
    w.paragraph("Maija Ääkkönen · Пётр · 🦄");
    const back = await PDFDocument.load(await w.save());
    expect(embeddedFonts(back).map((n) => n.replace(/-\d+$/, "")).sort()).toEqual(["DejaVuSans", "DejaVuSans-Bold"]);
  });

  it("draws a CJK name with Noto Sans SC inside a Latin line, bold too", async () => {
    const w = await PdfWriter.create({ title: "t", language: "fi-FI" });
    w.heading("Palkkalaskelma · 山田花子");
    w.paragraph("Lumityöt · 王小明, 45 min");
    const bytes = await w.save("王小明");
    const back = await PDFDocument.load(bytes);
    expect(embeddedFonts(back).map((n) => n.replace(/-\d+$/, "")).sort()).toEqual(["DejaVuSans", "DejaVuSans-Bold", "NotoSansSC-Bold", "NotoSansSC-Regular"]);
    // A subset: a few glyphs, not the 10 MB font.
    expect(bytes.length).toBeLessThan(200_000);
  });

  it("replaces characters the font lacks, visibly", async () => {
    const w = await PdfWriter.create({ title: "t", language: "en" });
    expect(w.safe("Äö å € Пётр محمد Ελένη")).toBe("Äö å € Пётр محمد Ελένη");
    expect(w.safe("王小明")).toBe("王小明");
    expect(w.safe("山田花子", true)).toBe("山田花子");
    // Neither DejaVu nor Noto Sans SC has these: Hangul, this emoji, Ethiopic.
    expect(w.safe("a한b")).toBe("a□b");
    expect(w.safe("a🦄b ሰላም")).toBe("a□b □□□");
    expect(w.safe("สมชาย नमस्ते")).toBe("□□□□□ □□□□□□");
    expect(w.safe("a\u0000b\nc")).toBe("ab c");
  });

  it("draws a right-to-left name inside a Latin line as its own run", () => {
    expect(bidiRuns("Siivous · محمد علي")).toEqual(["Siivous · ", "محمد علي"]);
    expect(bidiRuns("שרה ja Maija")).toEqual(["שרה", " ja Maija"]);
    expect(bidiRuns("Pihatyöt · Maija")).toEqual(["Pihatyöt · Maija"]);
    expect(bidiRuns("")).toEqual([]);
  });

  it("wraps a word longer than the line", async () => {
    const w = await PdfWriter.create({ title: "t", language: "en" });
    const lines = w.wrap("x".repeat(500), 10, 100);
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(w.textWidth(l, 10)).toBeLessThanOrEqual(100);
  });
});
