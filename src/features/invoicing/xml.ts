// A tiny XML writer for the e-invoice outputs: elements in the order they are given (the
// standards fix the order), text and attributes escaped, characters XML 1.0 forbids dropped.

export type XmlNode = { name: string; attrs: Record<string, string>; children: XmlNode[]; text: string | null };
type Child = XmlNode | null | undefined | false;

export function el(name: string, attrs: Record<string, string | null | undefined> = {}, content: string | number | Child[] | null = null): XmlNode {
  const a: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) a[k] = v;
  if (Array.isArray(content)) return { name, attrs: a, children: content.filter((c): c is XmlNode => !!c), text: null };
  return { name, attrs: a, children: [], text: content === null ? null : String(content) };
}

/** An element with text, or nothing when the text is empty (optional elements). */
export function opt(name: string, text: string | number | null | undefined, attrs: Record<string, string | null | undefined> = {}): XmlNode | null {
  return text === null || text === undefined || text === "" ? null : el(name, attrs, text);
}

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function write(node: XmlNode, depth: number, out: string[]): void {
  const pad = "  ".repeat(depth);
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join("");
  if (node.children.length) {
    out.push(`${pad}<${node.name}${attrs}>`);
    for (const c of node.children) write(c, depth + 1, out);
    out.push(`${pad}</${node.name}>`);
  } else if (node.text !== null) out.push(`${pad}<${node.name}${attrs}>${escapeXml(node.text)}</${node.name}>`);
  else out.push(`${pad}<${node.name}${attrs}/>`);
}

export function serializeXml(root: XmlNode): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, 0, out);
  return `${out.join("\n")}\n`;
}

/** Text cut to at most `max` characters (code points), never inside a surrogate pair. */
export function cut(text: string, max: number): string {
  const chars = [...text.replace(INVALID, "").replace(/\s+/g, " ").trim()];
  return chars.length <= max ? chars.join("") : chars.slice(0, max).join("").trimEnd();
}

/** Text split into pieces of at most `max` characters, at spaces where it can (repeatable elements). */
export function splitText(text: string, max: number, pieces: number): string[] {
  const words = text.replace(INVALID, "").replace(/\s+/g, " ").trim().split(" ");
  const out: string[] = [];
  let line = "";
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if ([...next].length <= max) line = next;
    else {
      if (line) out.push(line);
      line = cut(word, max);
    }
  }
  if (line) out.push(line);
  return out.slice(0, pieces);
}
