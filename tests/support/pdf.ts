import { PDFDict, PDFName, type PDFDocument } from "pdf-lib";

/** The embedded fonts' names, e.g. "DejaVuSans-694" (pdf-lib tags a subset with a number). */
export function embeddedFonts(doc: PDFDocument): string[] {
  const names: string[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFDict && obj.get(PDFName.of("Type")) === PDFName.of("FontDescriptor")) {
      names.push(obj.lookup(PDFName.of("FontName"), PDFName).decodeText());
    }
  }
  return names;
}
