// Which message namespaces the client components under each route need, found by walking the
// imports from a route's pages and layouts (used by client-namespaces.test.ts, ADR 091).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const SRC = path.resolve(import.meta.dirname, "..");

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(SRC, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const IMPORT = /(?:import|export)\s+(?:type\s+)?(?:[^"';]*?\s+from\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
const TYPE_ONLY = /^\s*(?:import|export)\s+type\s/;

interface FileInfo {
  client: boolean;
  server: boolean; // "use server": never part of a client bundle
  imports: string[];
  namespaces: string[];
}

const cache = new Map<string, FileInfo>();
function info(file: string): FileInfo {
  const hit = cache.get(file);
  if (hit) return hit;
  const text = readFileSync(file, "utf8");
  const head = text.replace(/^(\s*\/\/[^\n]*\n|\s*\/\*[\s\S]*?\*\/)*/, "").trimStart();
  const imports: string[] = [];
  for (const line of text.split("\n")) {
    if (TYPE_ONLY.test(line)) continue;
    for (const m of line.matchAll(IMPORT)) {
      const r = resolveImport(file, m[1] ?? m[2] ?? "");
      if (r) imports.push(r);
    }
  }
  // multi-line imports: the `from "x"` on a later line
  for (const m of text.matchAll(/\}\s*from\s+["']([^"']+)["']/g)) {
    const start = text.lastIndexOf("import", m.index);
    if (start >= 0 && /^import\s+type\s/.test(text.slice(start))) continue;
    const r = resolveImport(file, m[1] ?? "");
    if (r && !imports.includes(r)) imports.push(r);
  }
  const namespaces = [...text.matchAll(/useTranslations\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? "");
  // useAppFormatter reads the duration words (src/i18n/format.ts)
  if (/useAppFormatter\(/.test(text) && !file.endsWith("useAppFormatter.ts")) namespaces.push("common.duration");
  if (/useTranslations\(\s*\)|useMessages\(/.test(text) && !file.endsWith("useAppFormatter.ts")) namespaces.push("*");
  const result = { client: /^["']use client["']/.test(head), server: /^["']use server["']/.test(head), imports, namespaces };
  cache.set(file, result);
  return result;
}

/** The namespaces that client code reachable from these entry files uses. */
export function clientNamespaces(entries: string[]): Set<string> {
  const used = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string, inClient: boolean) => {
    const key = `${file}|${inClient}`;
    if (seen.has(key)) return;
    seen.add(key);
    const f = info(file);
    if (f.server) return;
    const client = inClient || f.client;
    if (client) for (const ns of f.namespaces) used.add(ns);
    for (const i of f.imports) visit(i, client);
  };
  for (const e of entries) visit(e, false);
  return used;
}

/** page, layout, error and not-found files under a folder of src/app, minus the sub-folders given. */
export function routeFiles(dir: string, skip: string[] = []): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    if (skip.includes(path.relative(path.join(SRC, "app"), d))) return;
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/^(page|layout|error|global-error|not-found|loading|template)\.tsx$/.test(name)) out.push(p);
    }
  };
  walk(path.join(SRC, "app", dir));
  return out;
}

/** Whether `ns` (a namespace or a dotted path into one) is inside one of the picked paths. */
export function covered(ns: string, picked: readonly string[]): boolean {
  return picked.some((p) => ns === p || ns.startsWith(`${p}.`));
}
