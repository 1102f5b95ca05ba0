// The pure parts of `npm run bench` and `npm run bench:data` (tested in bench-lib.test.ts):
// flags, the ratio maths and the Markdown table that docs/benchmarks.md carries.

/** A quoted SQL identifier. */
export const q = (id: string) => `"${id.replace(/"/g, '""')}"`;

export interface Column {
  name: string;
  type: string; // information_schema data_type
  generated: boolean;
}
export interface TableInfo {
  name: string;
  columns: Column[];
  /** column -> referenced table, for single-column foreign keys */
  fks: Map<string, string>;
  /** unique constraints and unique indexes (incl. the primary key), as column lists */
  uniques: string[][];
}

const TEXT = new Set(["text", "character varying"]);
const INT = new Set(["integer", "bigint", "smallint"]);

/**
 * The SELECT list that makes copy `k` (a column of generate_series) of a row: ids and foreign
 * keys into copied tables get "~k"; a unique constraint that no remapped column already keeps
 * unique gets its own text columns suffixed and its integers moved by k * 10,000,000.
 */
export function copyExpressions(t: TableInfo, copied: (table: string) => boolean, k = "k", tag = "~"): Map<string, string> {
  const remapped = new Set<string>();
  const exprs = new Map<string, string>();
  for (const c of t.columns) exprs.set(c.name, q(c.name));
  const suffix = (c: string) => `${q(c)} || '${tag}' || ${k}`;
  for (const [c, ref] of t.fks) {
    if (copied(ref)) {
      exprs.set(c, suffix(c));
      remapped.add(c);
    }
  }
  const pk = t.columns.find((c) => c.name === "id");
  if (pk && TEXT.has(pk.type)) {
    exprs.set("id", suffix("id"));
    remapped.add("id");
  }
  for (const cols of t.uniques) {
    if (cols.some((c) => remapped.has(c))) continue;
    for (const c of cols) {
      const col = t.columns.find((x) => x.name === c);
      if (!col || t.fks.has(c)) continue;
      if (TEXT.has(col.type)) exprs.set(c, suffix(c));
      else if (INT.has(col.type)) exprs.set(c, `${q(c)} + ${k} * 10000000`);
      else continue;
      remapped.add(c);
    }
  }
  return exprs;
}

export interface BenchDataArgs {
  scale: number;
  heavy: boolean;
  reset: boolean;
}

function flagValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const eq = args.find((a) => a.startsWith(`${name}=`));
  return eq?.slice(name.length + 1);
}

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number of at least 1, not "${value}"`);
  return n;
}

export function parseBenchDataArgs(args: string[]): BenchDataArgs {
  return {
    scale: positiveInt(flagValue(args, "--scale"), "--scale", 1),
    heavy: args.includes("--heavy"),
    reset: args.includes("--reset"),
  };
}

/** A scale as `--scales` names it: "100" or "100h" (the --heavy data at 100x). */
export interface ScaleSpec {
  label: string;
  scale: number;
  heavy: boolean;
}

export interface BenchArgs {
  scales: ScaleSpec[];
  seconds: number;
  connections: number;
  quick: boolean;
  /** only these page names (all when empty) */
  only: string[];
  /** keep the results out of docs/benchmarks.md (they still go to the JSON file) */
  noDoc: boolean;
  /** the heading of the table this run rewrites in docs/benchmarks.md */
  table: string;
  out: string;
}

export function parseScale(s: string): ScaleSpec {
  const m = /^(\d+)(h?)$/.exec(s.trim());
  if (!m || Number(m[1]) < 1) throw new Error(`--scales takes numbers like 1,10,100 or 100h (heavy), not "${s}"`);
  return { label: s.trim(), scale: Number(m[1]), heavy: m[2] === "h" };
}

export function parseBenchArgs(args: string[]): BenchArgs {
  const quick = args.includes("--quick");
  const scales = (flagValue(args, "--scales") ?? (quick ? "1" : "1,10,100")).split(",").filter(Boolean).map(parseScale);
  const only = (flagValue(args, "--only") ?? "").split(",").filter(Boolean);
  return {
    scales,
    seconds: positiveInt(flagValue(args, "--seconds"), "--seconds", quick ? 3 : 10),
    connections: positiveInt(flagValue(args, "--connections"), "--connections", quick ? 4 : 10),
    quick,
    only,
    noDoc: args.includes("--no-doc"),
    table: flagValue(args, "--table") ?? "latest",
    out: flagValue(args, "--out") ?? "bench/results.json",
  };
}

/** What autocannon measured for one page at one scale. */
export interface Measurement {
  rps: number;
  p50: number; // ms
  p99: number; // ms
  bytes: number; // body bytes of one response
  non2xx: number;
  errors: number;
  requests: number;
}

export interface ResultRecord extends Measurement {
  scale: string;
  page: string;
  path: string;
  kind: "floor" | "page" | "action";
  /** p50 / the static file's p50 */
  p50VsStatic: number | null;
  /** p50 / the framework floor's p50 */
  p50VsFramework: number | null;
  /** rps of the framework floor / rps of this page: how many times the floor's throughput */
  rpsVsFramework: number | null;
  /** this page's p50 at this scale / its p50 at the smallest scale of the run */
  p50VsFirstScale: number | null;
}

export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a == null || b == null || !Number.isFinite(a) || !Number.isFinite(b) || b <= 0) return null;
  return Math.round((a / b) * 100) / 100;
}

/** Mean of the floor's measurements (a floor is measured at the start and end of each scale). */
export function floorOf(ms: Measurement[]): Measurement | null {
  if (!ms.length) return null;
  const mean = (f: (m: Measurement) => number) => ms.reduce((s, m) => s + f(m), 0) / ms.length;
  return {
    rps: mean((m) => m.rps),
    p50: mean((m) => m.p50),
    p99: mean((m) => m.p99),
    bytes: mean((m) => m.bytes),
    non2xx: ms.reduce((s, m) => s + m.non2xx, 0),
    errors: ms.reduce((s, m) => s + m.errors, 0),
    requests: ms.reduce((s, m) => s + m.requests, 0),
  };
}

export interface RawResult extends Measurement {
  scale: string;
  page: string;
  path: string;
  kind: "floor" | "page" | "action";
}

export const STATIC_FLOOR = "static file";
export const FRAMEWORK_FLOOR = "framework floor";

/** Adds the ratios: to each floor of the same scale, and to the same page at the first scale. */
export function withRatios(raw: RawResult[], scaleOrder: string[]): ResultRecord[] {
  const floors = new Map<string, { stat: Measurement | null; fw: Measurement | null }>();
  for (const s of scaleOrder) {
    const at = raw.filter((r) => r.scale === s);
    floors.set(s, {
      stat: floorOf(at.filter((r) => r.page === STATIC_FLOOR)),
      fw: floorOf(at.filter((r) => r.page === FRAMEWORK_FLOOR)),
    });
  }
  // The floors are averaged into one record per scale; pages keep one record each.
  const merged: RawResult[] = [];
  for (const r of raw) {
    if (r.kind === "floor") {
      if (merged.some((m) => m.scale === r.scale && m.page === r.page)) continue;
      const f = floors.get(r.scale)!;
      const m = r.page === STATIC_FLOOR ? f.stat : f.fw;
      merged.push({ ...r, ...(m ?? r) });
    } else merged.push(r);
  }
  const first = scaleOrder[0];
  return merged.map((r) => {
    if (r.requests === 0) return { ...r, p50VsStatic: null, p50VsFramework: null, rpsVsFramework: null, p50VsFirstScale: null };
    const f = floors.get(r.scale);
    const base = merged.find((m) => m.scale === first && m.page === r.page);
    return {
      ...r,
      p50VsStatic: ratio(r.p50, f?.stat?.p50),
      p50VsFramework: ratio(r.p50, f?.fw?.p50),
      rpsVsFramework: ratio(f?.fw?.rps, r.rps),
      p50VsFirstScale: r.scale === first ? null : ratio(r.p50, base?.p50),
    };
  });
}

const fmt = (n: number | null | undefined, digits = 0) => (n == null ? "–" : n.toFixed(digits));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)}`;

/**
 * One row per page, a column group per scale: rps, p50, p99 (ms), p50 / framework floor, and the
 * page's HTML size; the last column compares the largest scale's p50 with the first scale's.
 */
export function formatTable(records: ResultRecord[], scaleOrder: string[]): string {
  const pages: string[] = [];
  for (const r of records) if (!pages.includes(r.page)) pages.push(r.page);
  const last = scaleOrder[scaleOrder.length - 1];
  const head = ["page", ...scaleOrder.flatMap((s) => [`${s}× rps`, `${s}× p50`, `${s}× p99`, `${s}× ÷fw`]), "KB", ...(scaleOrder.length > 1 ? [`p50 ${last}×÷${scaleOrder[0]}×`] : [])];
  const lines = [`| ${head.join(" | ")} |`, `|${head.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`];
  for (const page of pages) {
    const cells = [page];
    let size: number | null = null;
    for (const s of scaleOrder) {
      const found = records.find((x) => x.scale === s && x.page === page);
      // no response finished: nothing was measured
      const r = found && found.requests > 0 ? found : undefined;
      cells.push(fmt(r?.rps, 1), fmt(r?.p50), fmt(r?.p99), fmt(r?.p50VsFramework, 2));
      if (r) size = Math.max(size ?? 0, r.bytes);
    }
    cells.push(size == null ? "–" : kb(size));
    if (scaleOrder.length > 1) cells.push(fmt(records.find((x) => x.scale === last && x.page === page)?.p50VsFirstScale, 2));
    const failed = records.filter((x) => x.page === page && (x.requests === 0 || x.errors > 0 || (x.kind !== "action" && x.non2xx > 0)));
    if (failed.length) cells[0] += " ⚠";
    lines.push(`| ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

export interface FirstLoadJs {
  route: string;
  gzipBytes: number;
}

export function formatFirstLoad(rows: FirstLoadJs[], blankRoute: string): string {
  const blank = rows.find((r) => r.route === blankRoute)?.gzipBytes ?? null;
  const lines = ["| route | first-load JS (KB gzip) | ÷ blank page |", "|---|---:|---:|"];
  for (const r of rows) lines.push(`| \`${r.route}\` | ${kb(r.gzipBytes)} | ${fmt(ratio(r.gzipBytes, blank), 2)} |`);
  return lines.join("\n");
}

/**
 * Replaces the text between `<!-- bench:NAME:start -->` and `<!-- bench:NAME:end -->`, or adds
 * the pair at the end when the document has none yet.
 */
export function replaceSection(doc: string, name: string, body: string): string {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  const block = `${start}\n${body.trim()}\n${end}`;
  if (i >= 0 && j > i) return doc.slice(0, i) + block + doc.slice(j + end.length);
  return `${doc.trimEnd()}\n\n${block}\n`;
}
