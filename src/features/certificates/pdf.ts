import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { CertificateContents } from "./rules";

// The signed work certificate as a PDF (pdf-lib, standard Helvetica: WinAnsi covers ä, ö, å
// and €). Characters outside WinAnsi are replaced, so that a name never breaks the document.

export interface CertificateTexts {
  title: string;
  intro: string;
  tasks: string;
  date: string;
  task: string;
  orderer: string;
  hours: string;
  total: string;
  orderers: string;
  feedback: string;
  signed: string;
  generated: string;
  noGigs: string;
  category: (c: CertificateContents["categories"][number]) => string;
  formatDay: (day: string) => string;
  formatMinutes: (minutes: number) => string;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;

function safeText(font: PDFFont, text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    try {
      font.encodeText(ch);
      out += ch;
    } catch {
      out += "?";
    }
  }
  return out;
}

function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

export async function renderCertificatePdf(c: CertificateContents, t: CertificateTexts): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${t.title}: ${c.clientName}`);
  doc.setCreator("Täsmätyö");
  doc.setProducer("Täsmätyö");
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  let page: PDFPage = doc.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;
  const width = A4.width - 2 * MARGIN;

  const newPageIfNeeded = (needed: number) => {
    if (y - needed < MARGIN) {
      page = doc.addPage([A4.width, A4.height]);
      y = A4.height - MARGIN;
    }
  };
  const para = (text: string, opts: { size?: number; f?: PDFFont; gap?: number } = {}) => {
    const size = opts.size ?? 11;
    const f = opts.f ?? font;
    for (const line of wrap(f, safeText(f, text), size, width)) {
      newPageIfNeeded(size + 4);
      page.drawText(line, { x: MARGIN, y: y - size, size, font: f, color: rgb(0.1, 0.12, 0.14) });
      y -= size + 4;
    }
    y -= opts.gap ?? 6;
  };
  const columns = [0, 80, 300, width - 50];
  const row = (cells: string[], f: PDFFont) => {
    const size = 10;
    const cellLines = cells.map((cell, i) => {
      const w = (columns[i + 1] ?? width) - columns[i]! - 8;
      return wrap(f, safeText(f, cell), size, w);
    });
    const height = Math.max(...cellLines.map((l) => l.length)) * (size + 3);
    newPageIfNeeded(height + 4);
    cellLines.forEach((lines, i) => {
      lines.forEach((line, j) => page.drawText(line, { x: MARGIN + columns[i]!, y: y - size - j * (size + 3), size, font: f }));
    });
    y -= height + 4;
  };

  para(t.title, { size: 22, f: bold, gap: 12 });
  para(t.intro, { size: 12, gap: 12 });
  para(t.tasks, { size: 14, f: bold });
  if (c.gigs.length) {
    row([t.date, t.task, t.orderer, t.hours], bold);
    page.drawLine({ start: { x: MARGIN, y: y + 2 }, end: { x: MARGIN + width, y: y + 2 }, thickness: 0.5, color: rgb(0.4, 0.4, 0.4) });
    y -= 4;
    for (const g of c.gigs) row([t.formatDay(g.date), `${g.title} (${t.category(g.category)})`, g.ordererName, t.formatMinutes(g.minutes)], font);
  } else {
    para(t.noGigs);
  }
  y -= 8;
  para(t.total, { f: bold });
  if (c.orderers.length) para(t.orderers);
  para(t.feedback, { gap: 24 });
  para(t.signed, { f: bold });
  page.drawLine({ start: { x: MARGIN, y: y - 4 }, end: { x: MARGIN + 220, y: y - 4 }, thickness: 0.5 });
  y -= 24;
  para(t.generated, { size: 9 });
  return doc.save();
}
