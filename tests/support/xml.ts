// Reading the e-invoice outputs back in tests: a DOM from xmlbuilder2 (installed with
// @e-invoice-eu/core) and xmllint-wasm for schema validation.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { validateXML } from "xmllint-wasm";
import { create } from "xmlbuilder2";

export type XmlElement = Element;

export function parseXml(xml: string): XmlElement {
  return create(xml).root().node as unknown as Element;
}

/** The local name of each child element, in order. */
export function childNames(el: XmlElement): string[] {
  return Array.from(el.childNodes)
    .filter((n): n is Element => n.nodeType === 1)
    .map((n) => n.localName);
}

export function children(el: XmlElement, name: string): XmlElement[] {
  return Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);
}

/** The first element at a path of local names ("InvoiceDetails/InvoiceNumber"); throws if missing. */
export function at(el: XmlElement, pathText: string): XmlElement {
  let node = el;
  for (const name of pathText.split("/")) {
    const next = children(node, name)[0];
    if (!next) throw new Error(`no ${name} in ${pathText}`);
    node = next;
  }
  return node;
}

export function textAt(el: XmlElement, pathText: string): string {
  return at(el, pathText).textContent ?? "";
}

export function all(el: XmlElement, pathText: string): XmlElement[] {
  const parts = pathText.split("/");
  let nodes = [el];
  for (const name of parts) nodes = nodes.flatMap((n) => children(n, name));
  return nodes;
}

/** "1234,56" or "1234.56" → cents. */
export function cents(text: string): number {
  const m = /^(-?)(\d+)(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!m) throw new Error(`not an amount: ${text}`);
  const value = Number(m[2]) * 100 + Number((m[3] ?? "").padEnd(2, "0"));
  return m[1] ? -value : value;
}

export async function validateAgainst(xsdPath: string, xml: string): Promise<string[]> {
  const schema = await readFile(path.resolve(xsdPath), "utf8");
  const result = await validateXML({ xml: [{ fileName: "doc.xml", contents: xml }], schema: [schema] });
  return result.errors.map((e) => e.rawMessage);
}
