// The app's one way to write a PDF: pdf-lib with DejaVu Sans embedded (subset), so ä/ö/å, €,
// Greek, Cyrillic, Arabic and Hebrew print as they are (ADR 062). Chinese and Japanese characters,
// which DejaVu lacks, are drawn with Noto Sans SC (also a subset, loaded only by a document that
// needs it). A character neither font has (emoji, Ethiopic) is replaced by a visible "□" instead of
// an invisible .notdef glyph or a crash.
// A small flow writer on top: headings, wrapped paragraphs, label/value rows, tables with
// right-aligned money columns, page breaks and page numbers. No I/O besides reading the fonts.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { CustomFontSubsetEmbedder, PDFDocument, PDFFont, rgb, type PDFPage } from "pdf-lib";

export const A4 = { width: 595.28, height: 841.89 } as const;
const MARGIN = 50;
const REPLACEMENT = "\u25A1"; // □: DejaVu has it, and a reader sees that something was left out
const GREY = rgb(0.35, 0.35, 0.35);
const RULE = rgb(0.75, 0.75, 0.75);

// Read at run time from the package folder (not traced into the bundle), like the migrations.
const FONT_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
let fontBytes: Promise<{ regular: Uint8Array; bold: Uint8Array }> | null = null;

function loadFonts() {
  fontBytes ??= Promise.all([
    readFile(path.join(FONT_DIR, "DejaVuSans.ttf")),
    readFile(path.join(FONT_DIR, "DejaVuSans-Bold.ttf")),
  ]).then(([regular, bold]) => ({ regular, bold }));
  // A failed read (a missing package) must not stay cached as a rejected promise.
  fontBytes.catch(() => (fontBytes = null));
  return fontBytes;
}

// Noto Sans SC is 10 MB a weight: read (synchronously, as drawing is synchronous) and parsed once
// per process, and only when a text has a character in the CJK ranges that DejaVu lacks, so a
// document of Latin names never touches it. Each document embeds its own subset.
const CJK_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans-sc");
const CJK_FILES = { regular: "400Regular/NotoSansSC_400Regular.ttf", bold: "700Bold/NotoSansSC_700Bold.ttf" } as const;
type Weight = keyof typeof CJK_FILES;
const cjkFonts = new Map<Weight, { bytes: Uint8Array; font: fontkit.Font; charset: Set<number> }>();

function cjkFont(weight: Weight) {
  let loaded = cjkFonts.get(weight);
  if (!loaded) {
    const bytes = readFileSync(path.join(CJK_DIR, CJK_FILES[weight]));
    const font = fontkit.create(bytes);
    loaded = { bytes, font, charset: new Set(font.characterSet) };
    cjkFonts.set(weight, loaded);
  }
  return loaded;
}

/** CJK radicals to Hangul, compatibility ideographs and forms, and the supplementary ideographs. */
function inCjkRanges(cp: number): boolean {
  return (cp >= 0x2e80 && cp <= 0xd7ff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xffef) || (cp >= 0x20000 && cp <= 0x3ffff);
}

export interface PdfMeta {
  title: string;
  /** BCP 47, e.g. "fi-FI": screen readers and search read the document in this language. */
  language: string;
  subject?: string;
  author?: string;
  keywords?: string[];
}

export type Align = "left" | "right";

export interface TableColumn {
  header: string;
  /** Relative width; the columns share the text width in these proportions. */
  width: number;
  align?: Align;
}

export interface TableOptions {
  size?: number;
  /** Rows printed bold (e.g. totals), by index into `rows`. */
  boldRows?: number[];
  /** Draw a rule above these rows. */
  ruleAbove?: number[];
}

// Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms.
const RTL_CHAR = "\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF";
const RTL_RUN = new RegExp(`[${RTL_CHAR}](?:[${RTL_CHAR} ]*[${RTL_CHAR}])?`, "g");

/**
 * A line split into right-to-left runs (with the spaces between their words) and the rest.
 * fontkit shapes and reverses a text only when the whole of it is right-to-left, so a name in
 * Arabic inside a Finnish line is drawn as its own run (ADR 062). Not a full bidi algorithm.
 */
export function bidiRuns(text: string): string[] {
  const runs: string[] = [];
  let at = 0;
  for (const m of text.matchAll(RTL_RUN)) {
    if (m.index > at) runs.push(text.slice(at, m.index));
    runs.push(m[0]);
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push(text.slice(at));
  return runs;
}

function covered(font: PDFFont): Set<number> {
  return new Set(font.getCharacterSet());
}

/** Consecutive characters split where the font that draws them changes. */
function fontRuns<F>(text: string, fontOf: (ch: string) => F): { text: string; font: F }[] {
  const runs: { text: string; font: F }[] = [];
  for (const ch of text) {
    const font = fontOf(ch);
    const last = runs.at(-1);
    if (last && last.font === font) last.text += ch;
    else runs.push({ text: ch, font });
  }
  return runs;
}

export class PdfWriter {
  readonly doc: PDFDocument;
  readonly font: PDFFont;
  readonly bold: PDFFont;
  private readonly charset: Set<number>;
  private readonly boldCharset: Set<number>;
  // The CJK fallback, embedded into this document on first use.
  private readonly cjk = new Map<Weight, PDFFont>();
  // fontkit lays out every widthOfTextAtSize call (~0.7 ms): wrapping measures by summed
  // per-character advances instead (kerning is a fraction of a point, never a wrong wrap).
  private readonly advances = new Map<string, number>();
  page: PDFPage;
  /** The baseline cursor, from the bottom of the page. */
  y: number;
  readonly left = MARGIN;
  readonly width = A4.width - 2 * MARGIN;

  private constructor(doc: PDFDocument, font: PDFFont, bold: PDFFont) {
    this.doc = doc;
    this.font = font;
    this.bold = bold;
    this.charset = covered(font);
    this.boldCharset = covered(bold);
    this.page = doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN;
  }

  static async create(meta: PdfMeta): Promise<PdfWriter> {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const { regular, bold } = await loadFonts();
    const writer = new PdfWriter(
      doc,
      await doc.embedFont(regular, { subset: true }),
      await doc.embedFont(bold, { subset: true }),
    );
    doc.setTitle(meta.title, { showInWindowTitleBar: true });
    doc.setLanguage(meta.language);
    doc.setCreator("Täsmätyö");
    doc.setProducer("Täsmätyö (pdf-lib)");
    if (meta.subject) doc.setSubject(meta.subject);
    if (meta.author) doc.setAuthor(meta.author);
    if (meta.keywords) doc.setKeywords(meta.keywords);
    return writer;
  }

  /** The text with every character neither DejaVu nor the CJK fallback can draw replaced by □ (never a crash). */
  safe(text: string, bold = false): string {
    const charset = bold ? this.boldCharset : this.charset;
    let out = "";
    for (const ch of text.normalize("NFC")) {
      const cp = ch.codePointAt(0)!;
      if (ch === "\n" || ch === "\t") out += " ";
      else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
      else if (charset.has(cp)) out += ch;
      else out += inCjkRanges(cp) && cjkFont(bold ? "bold" : "regular").charset.has(cp) ? ch : REPLACEMENT;
    }
    return out;
  }

  /** The font that draws a character of already-safe text. */
  private fontFor(ch: string, bold = false): PDFFont {
    if ((bold ? this.boldCharset : this.charset).has(ch.codePointAt(0)!)) return bold ? this.bold : this.font;
    const weight: Weight = bold ? "bold" : "regular";
    let f = this.cjk.get(weight);
    if (!f) {
      const { bytes, font } = cjkFont(weight);
      // pdf-lib's embedFont is async only around fontkit.create, which is not; drawing is sync.
      const Embedder = CustomFontSubsetEmbedder as unknown as new (font: fontkit.Font, data: Uint8Array) => CustomFontSubsetEmbedder;
      f = PDFFont.of(this.doc.context.nextRef(), this.doc, new Embedder(font, bytes));
      this.cjk.set(weight, f);
    }
    return f;
  }

  /** The width of already-safe text. */
  private measure(safeText: string, size: number, bold = false): number {
    let width = 0;
    for (const ch of safeText) {
      const key = bold ? `b${ch}` : ch;
      let w = this.advances.get(key);
      if (w === undefined) {
        w = this.fontFor(ch, bold).widthOfTextAtSize(ch, 1000);
        this.advances.set(key, w);
      }
      width += w;
    }
    return (width * size) / 1000;
  }

  textWidth(text: string, size: number, bold = false): number {
    return this.measure(this.safe(text, bold), size, bold);
  }

  /** Lines of at most `width` points; a word longer than the width is broken by characters. */
  wrap(text: string, size: number, width: number, bold = false): string[] {
    const m = (t: string) => this.measure(t, size, bold);
    const lines: string[] = [];
    for (const paragraph of text.split("\n")) {
      let line = "";
      for (const rawWord of this.safe(paragraph, bold).split(/ +/)) {
        let word = rawWord;
        while (m(word) > width && word.length > 1) {
          if (line) {
            lines.push(line);
            line = "";
          }
          const chars = [...word];
          let cut = chars.length - 1;
          while (cut > 1 && m(chars.slice(0, cut).join("")) > width) cut--;
          lines.push(chars.slice(0, cut).join(""));
          word = chars.slice(cut).join("");
        }
        const next = line ? `${line} ${word}` : word;
        if (!line || m(next) <= width) line = next;
        else {
          lines.push(line);
          line = word;
        }
      }
      lines.push(line);
    }
    return lines;
  }

  newPage(): void {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN;
  }

  /** Starts a new page unless `height` points still fit above the bottom margin. */
  ensureSpace(height: number): void {
    if (this.y - height < MARGIN + 14) this.newPage();
  }

  space(points: number): void {
    this.y -= points;
  }

  /** One line of text at (x, current line), not moving the cursor. */
  drawText(text: string, x: number, opts: { size?: number; bold?: boolean; color?: ReturnType<typeof rgb>; align?: Align; width?: number } = {}): void {
    const size = opts.size ?? 10;
    const runs = bidiRuns(this.safe(text, opts.bold)).flatMap((r) => fontRuns(r, (ch) => this.fontFor(ch, opts.bold)));
    const widths = runs.map((r) => r.font.widthOfTextAtSize(r.text, size));
    const w = widths.reduce((s, v) => s + v, 0);
    let at = opts.align === "right" && opts.width !== undefined ? x + opts.width - w : x;
    runs.forEach((run, i) => {
      this.page.drawText(run.text, { x: at, y: this.y, size, font: run.font, color: opts.color ?? rgb(0, 0, 0) });
      at += widths[i]!;
    });
  }

  heading(text: string, level: 1 | 2 = 1): void {
    const size = level === 1 ? 18 : 12;
    this.ensureSpace(size * 3);
    this.space(level === 1 ? 0 : 6);
    for (const line of this.wrap(text, size, this.width, true)) {
      this.ensureSpace(size + 4);
      this.y -= size;
      this.drawText(line, this.left, { size, bold: true });
      this.y -= 4;
    }
    this.space(level === 1 ? 8 : 2);
  }

  paragraph(text: string, opts: { size?: number; bold?: boolean; muted?: boolean; gap?: number; x?: number; width?: number } = {}): void {
    const size = opts.size ?? 10;
    const x = opts.x ?? this.left;
    const width = opts.width ?? this.width;
    for (const line of this.wrap(text, size, width, opts.bold)) {
      this.ensureSpace(size + 3);
      this.y -= size;
      this.drawText(line, x, { size, bold: opts.bold, color: opts.muted ? GREY : undefined });
      this.y -= 3;
    }
    this.space(opts.gap ?? 4);
  }

  /** Two side-by-side blocks of lines (e.g. seller and buyer); the cursor ends below the longer. */
  columns(blocks: { title?: string; lines: string[] }[], size = 10): void {
    const gap = 16;
    const colWidth = (this.width - gap * (blocks.length - 1)) / blocks.length;
    const wrapped = blocks.map((b) => ({
      title: b.title ? this.wrap(b.title, size, colWidth, true) : [],
      lines: b.lines.flatMap((l) => this.wrap(l, size, colWidth)),
    }));
    const rows = Math.max(...wrapped.map((b) => b.title.length + b.lines.length));
    this.ensureSpace(rows * (size + 3));
    const top = this.y;
    let lowest = top;
    wrapped.forEach((b, i) => {
      this.y = top;
      const x = this.left + i * (colWidth + gap);
      for (const t of b.title) {
        this.y -= size;
        this.drawText(t, x, { size, bold: true });
        this.y -= 3;
      }
      for (const l of b.lines) {
        this.y -= size;
        this.drawText(l, x, { size });
        this.y -= 3;
      }
      lowest = Math.min(lowest, this.y);
    });
    this.y = lowest;
    this.space(6);
  }

  /** Label: value rows, labels in a fixed column (dates, numbers, payment details). */
  keyValues(rows: [string, string][], opts: { size?: number; labelWidth?: number; x?: number; width?: number } = {}): void {
    const size = opts.size ?? 10;
    const x = opts.x ?? this.left;
    const width = opts.width ?? this.width;
    const labelWidth = opts.labelWidth ?? width * 0.4;
    for (const [label, value] of rows) {
      const labelLines = this.wrap(label, size, labelWidth - 6);
      const valueLines = this.wrap(value, size, width - labelWidth, true);
      const n = Math.max(labelLines.length, valueLines.length);
      this.ensureSpace(n * (size + 3));
      for (let i = 0; i < n; i++) {
        this.y -= size;
        if (labelLines[i]) this.drawText(labelLines[i]!, x, { size, color: GREY });
        if (valueLines[i]) this.drawText(valueLines[i]!, x + labelWidth, { size, bold: true });
        this.y -= 3;
      }
    }
    this.space(4);
  }

  rule(color = RULE): void {
    this.page.drawLine({ start: { x: this.left, y: this.y }, end: { x: this.left + this.width, y: this.y }, thickness: 0.5, color });
  }

  /** A table whose header repeats on each new page; cells wrap within their column. */
  table(columns: TableColumn[], rows: string[][], opts: TableOptions = {}): void {
    const size = opts.size ?? 9;
    const pad = 4;
    const total = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
    const drawRow = (cells: string[], bold: boolean) => {
      const wrapped = cells.map((c, i) => this.wrap(c, size, widths[i]! - pad, bold));
      const n = Math.max(1, ...wrapped.map((w) => w.length));
      for (let line = 0; line < n; line++) {
        this.y -= size;
        wrapped.forEach((w, i) => {
          const text = w[line];
          if (text) this.drawText(text, xs[i]! + pad / 2, { size, bold, align: columns[i]!.align, width: widths[i]! - pad });
        });
        this.y -= 3;
      }
      return n;
    };
    const rowHeight = (cells: string[], bold: boolean) =>
      Math.max(1, ...cells.map((c, i) => this.wrap(c, size, widths[i]! - pad, bold).length)) * (size + 3);
    const header = () => {
      drawRow(columns.map((c) => c.header), true);
      this.y -= 1;
      this.rule();
      this.y -= 2;
    };
    const headerHeight = rowHeight(columns.map((c) => c.header), true) + 3;
    this.ensureSpace(headerHeight + (rows[0] ? rowHeight(rows[0], false) : 0));
    header();
    rows.forEach((cells, i) => {
      const bold = opts.boldRows?.includes(i) ?? false;
      const h = rowHeight(cells, bold);
      if (this.y - h < MARGIN + 14) {
        this.newPage();
        header();
      }
      if (opts.ruleAbove?.includes(i)) {
        this.y -= 1;
        this.rule();
        this.y -= 2;
      }
      drawRow(cells, bold);
    });
    this.space(6);
  }

  /** Page numbers "1 / 3" (with an optional footer text) on every page, then the bytes. */
  async save(footer?: string): Promise<Uint8Array> {
    const pages = this.doc.getPages();
    pages.forEach((page, i) => {
      const size = 8;
      const number = `${i + 1} / ${pages.length}`;
      page.drawText(number, { x: A4.width - MARGIN - this.font.widthOfTextAtSize(number, size), y: MARGIN / 2, size, font: this.font, color: GREY });
      if (footer) {
        let at = MARGIN;
        for (const run of fontRuns(this.safe(footer), (ch) => this.fontFor(ch))) {
          page.drawText(run.text, { x: at, y: MARGIN / 2, size, font: run.font, color: GREY });
          at += run.font.widthOfTextAtSize(run.text, size);
        }
      }
    });
    // Fonts embedded outside doc.embedFont are not in the document's own list: written here.
    for (const f of this.cjk.values()) await f.embed();
    return this.doc.save();
  }
}
