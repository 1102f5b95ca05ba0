// `npm run bench`: the production build against the demo seed at several scales, measured with
// autocannon on loopback, every page beside two floors, interleaved in one run (ADR 091,
// docs/benchmarks.md). Flags:
//   --scales 1,10,100     scales of `npm run bench:data`; "100h" is the --heavy data at 100x
//   --seconds 10          per measurement        --connections 10   autocannon's connections
//   --quick               one scale, 3 s, a few pages (a smoke run)
//   --only a,b            only the pages with these names (the floors always run)
//   --reuse-data          keep the bench databases as they are (by default each is built afresh,
//                         because the actions of a previous run changed them)
//   --table latest        the section of docs/benchmarks.md to rewrite; --no-doc: none
//   --out bench/results.json
// Environment: BENCH_ADMIN_URL (a superuser URL of the PostgreSQL server, default
// postgresql://postgres@127.0.0.1:5432/postgres), BENCH_PORT (first port, default 3390),
// NEXT_DIST_DIR (the build, default .next; built with `npm run build` when it is missing),
// BENCH_DB_PREFIX (database names, default tasmatyo_bench), BENCH_APP_DIR (another checkout to serve).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";
import { DEMO_CLIENTS, DEMO_PASSWORD, DEMO_STAFF } from "../src/server/seed/demo-accounts";
import {
  FRAMEWORK_FLOOR,
  STATIC_FLOOR,
  formatFirstLoad,
  formatTable,
  parseBenchArgs,
  replaceSection,
  withRatios,
  type FirstLoadJs,
  type Measurement,
  type RawResult,
  type ScaleSpec,
} from "./bench-lib";

const args = parseBenchArgs(process.argv.slice(2));
const reuseData = process.argv.includes("--reuse-data");
// BENCH_APP_DIR: another checkout whose build to serve (the "before" run measured main that way).
const appDir = path.resolve(process.env.BENCH_APP_DIR || ".");
const distDir = process.env.NEXT_DIST_DIR || ".next";
const distPath = path.resolve(appDir, distDir);
const adminUrl = process.env.BENCH_ADMIN_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const firstPort = Number(process.env.BENCH_PORT || 3390);
const secret = "bench-only-secret-bench-only-secret-bench-only";
const tsx = path.resolve("node_modules", ".bin", "tsx");

type Persona = keyof typeof DEMO_STAFF | keyof typeof DEMO_CLIENTS | "anonymous";

interface Ids {
  offeredGigId: string | null;
  gigId: string | null;
  matchOrderId: string | null;
  jobcenterId: string;
  termsVersionId: string;
}

interface PageSpec {
  name: string;
  persona: Persona;
  path: (ids: Ids) => string | null;
  kind: "floor" | "page" | "action";
  /** a route that may not exist in this build (skipped when it does not) */
  route?: string;
  action?: { file: string; exportName: string; body: (ids: Ids) => unknown };
  quick?: boolean;
}

const PAGES: PageSpec[] = [
  { name: "public home", persona: "anonymous", path: () => "/", kind: "page", quick: true },
  { name: "sign-in", persona: "anonymous", path: () => "/signin", kind: "page" },
  { name: "404 page", persona: "anonymous", path: () => "/bench-no-such-page", kind: "page" },
  { name: "client home", persona: "disability", path: () => "/client", kind: "page", quick: true },
  { name: "client money", persona: "disability", path: () => "/client/money", kind: "page" },
  { name: "client gig", persona: "disability", path: (i) => i.gigId && `/client/gigs/${i.gigId}`, kind: "page" },
  { name: "coordinator inbox", persona: "coordinatorDisability", path: () => "/coordinator", kind: "page", quick: true },
  { name: "order + matching", persona: "coordinatorDisability", path: (i) => i.matchOrderId && `/coordinator/orders/${i.matchOrderId}`, kind: "page" },
  { name: "coordinator invoices", persona: "coordinatorDisability", path: () => "/coordinator/invoices", kind: "page" },
  { name: "reports", persona: "coordinatorDisability", path: () => "/coordinator/reports", kind: "page", route: "/coordinator/reports" },
  { name: "unit home", persona: "staffDisability", path: () => "/unit", kind: "page" },
  { name: "unit clients", persona: "staffDisability", path: () => "/unit/clients", kind: "page" },
  { name: "unit clients (big unit staff)", persona: "staffRehabilitative", path: () => "/unit/clients", kind: "page" },
  { name: "unit home (big unit staff)", persona: "staffRehabilitative", path: () => "/unit", kind: "page" },
  { name: "orderer home", persona: "ordererCompany", path: () => "/orderer", kind: "page" },
  { name: "orderer home (big orderer)", persona: "ordererAssociation", path: () => "/orderer", kind: "page" },
  { name: "orderer invoices", persona: "ordererCompany", path: () => "/orderer/invoices", kind: "page" },
  { name: "admin audit", persona: "admin", path: () => "/admin/audit", kind: "page" },
  {
    name: "action: accept a gig",
    persona: "disability",
    path: (i) => i.offeredGigId && `/client/gigs/${i.offeredGigId}`,
    kind: "action",
    action: { file: "src/features/client-app/actions.ts", exportName: "acceptGig", body: (i) => ({ gigId: i.offeredGigId }) },
  },
  {
    name: "action: submit an order",
    persona: "ordererCompany",
    path: () => "/orderer/orders/new",
    kind: "action",
    action: { file: "src/features/orders/actions.ts", exportName: "submitOrder", body: (i) => orderForm(i) },
  },
];

const FLOORS: PageSpec[] = [
  // The physical floor: a file from public/, no rendering, no database.
  { name: STATIC_FLOOR, persona: "anonymous", path: () => "/icon.svg", kind: "floor" },
  // The framework floor: a dynamic route that reads the session (signed in) and one row.
  { name: FRAMEWORK_FLOOR, persona: "coordinatorDisability", path: () => "/api/health", kind: "floor", route: "/api/health" },
];

/** A complete order as the orderer's form sends it (tests/support/orders.ts has the same). */
function orderForm(ids: Ids) {
  const day = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
  return {
    jobcenterId: ids.jobcenterId,
    requestKey: `bench-${process.pid}-${Math.random().toString(36).slice(2)}`,
    category: "CLEANING",
    title: "Varaston siivous",
    description: "Varaston hyllyjen pyyhintä ja lattian imurointi.",
    remote: false,
    streetAddress: "Teollisuuskatu 5",
    postalCode: "00510",
    city: "Helsinki",
    scheduleKind: "EXACT",
    sessions: [{ date: day, start: "09:00", end: "13:00" }],
    minutesPerWorker: 240,
    workerCount: 2,
    ordererProvides: "Siivousvälineet ja käsineet",
    orientation: "Esimies näyttää tilat aamulla",
    siteContactName: "Seppo Siisti",
    siteContactPhone: "040 123 4567",
    contractModel: "COMMISSION",
    billingMethod: "E_INVOICE",
    businessId: "0737546-2",
    eInvoiceAddress: "003707375462",
    eInvoiceOperator: "003721291126",
    billingReference: "KP-100",
    termsVersionId: ids.termsVersionId,
    acceptTerms: true,
  };
}

function log(line: string) {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
}

function dbName(s: ScaleSpec) {
  return `${process.env.BENCH_DB_PREFIX || "tasmatyo_bench"}_${s.scale}${s.heavy ? "_heavy" : ""}`;
}
function dbUrl(s: ScaleSpec) {
  const u = new URL(adminUrl);
  u.pathname = `/${dbName(s)}`;
  return u.toString();
}

async function databaseExists(s: ScaleSpec): Promise<boolean> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [dbName(s)])).rowCount === 1;
  } finally {
    await c.end();
  }
}

function ensureBuild() {
  if (existsSync(path.join(distPath, "BUILD_ID"))) return;
  log(`no build in ${distDir}: npm run build`);
  const r = spawnSync("npm", ["run", "build"], { cwd: appDir, stdio: "inherit", env: { ...process.env, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || secret } });
  if (r.status !== 0) throw new Error("npm run build failed");
}

async function ensureData(s: ScaleSpec) {
  if (reuseData && (await databaseExists(s))) return;
  log(`building the data at ${s.label}× (npm run bench:data)`);
  const env: NodeJS.ProcessEnv = { ...process.env, BENCH_ADMIN_URL: adminUrl };
  delete env.DATABASE_URL;
  const r = spawnSync(tsx, ["scripts/bench-data.ts", "--scale", String(s.scale), ...(s.heavy ? ["--heavy"] : [])], { env, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`bench:data --scale ${s.label} failed:\n${r.stdout}\n${r.stderr}`);
  log(r.stdout.trim().split("\n").filter((l) => l.startsWith("Scale")).join(" "));
}

async function findIds(s: ScaleSpec): Promise<Ids> {
  const c = new pg.Client({ connectionString: dbUrl(s) });
  await c.connect();
  try {
    const one = async (sql: string, params: unknown[]) => ((await c.query(sql, params)).rows[0]?.id as string | undefined) ?? null;
    const maija = DEMO_CLIENTS.disability.username;
    const gigOf = (status: string) =>
      one(
        `SELECT g.id FROM "Gig" g JOIN "Client" cl ON cl.id = g."clientId" JOIN "User" u ON u.id = cl."userId"
          WHERE u."clientUsername" = $1 AND g.status = ANY($2::"GigStatus"[]) ORDER BY g."startsAt" LIMIT 1`,
        [maija, status.split(",")],
      );
    const jc = await one(`SELECT id FROM "Jobcenter" WHERE slug = $1`, ["vammaisten-tyokeskus"]);
    if (!jc) throw new Error(`${dbName(s)} has no demo Jobcenter: run npm run bench:data -- --scale ${s.scale}`);
    return {
      offeredGigId: await gigOf("OFFERED"),
      gigId: (await gigOf("ACCEPTED,OFFERED")) ?? (await gigOf("APPROVED,REPORTED,STARTED")),
      // The demo order of the disability Jobcenter that is looking for workers (its own, not a copy).
      matchOrderId: await one(
        `SELECT id FROM "Order" WHERE "jobcenterId" = $1 AND status IN ('FINDING_WORKERS', 'TERMS_ACCEPTED') AND id NOT LIKE '%~%' ORDER BY (status = 'FINDING_WORKERS') DESC, number LIMIT 1`,
        [jc],
      ),
      jobcenterId: jc,
      termsVersionId: (await one(`SELECT id FROM "OrderTermsVersion" WHERE "jobcenterId" = $1 AND locale = 'fi' ORDER BY version DESC LIMIT 1`, [jc]))!,
    };
  } finally {
    await c.end();
  }
}

interface Server {
  spec: ScaleSpec;
  port: number;
  base: string;
  proc: ChildProcess;
  ids: Ids;
  cookies: Map<Persona, string>;
  rssBeforeMb?: number;
}

function rssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** Node's flags from `npm start` (the heap limit, ADR 091), so that the bench runs what production runs. */
function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(appDir, "package.json"), "utf8")) as { scripts?: { start?: string } };
  return (pkg.scripts?.start ?? "").split(/\s+/).filter((a) => a.startsWith("--"));
}

async function startServer(spec: ScaleSpec, port: number): Promise<Server> {
  const base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: dbUrl(spec),
    NEXTAUTH_URL: base,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || secret,
    NEXT_DIST_DIR: distDir,
    // The web process only: the job queue's cron would add its own work at random moments.
    JOBS_IN_PROCESS: "0",
  };
  const proc = spawn(process.execPath, [...startFlags(), path.join(appDir, "scripts", "serve.mjs"), "-p", String(port), "-H", "127.0.0.1"], {
    cwd: appDir,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  proc.stdout.on("data", (d: Buffer) => (output += d.toString()));
  proc.stderr.on("data", (d: Buffer) => (output += d.toString()));
  for (let i = 0; i < 240; i++) {
    if (proc.exitCode !== null) throw new Error(`the server for ${spec.label}× exited:\n${output}`);
    try {
      const r = await fetch(`${base}/icon.svg`);
      if (r.ok) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { spec, port, base, proc, ids: await findIds(spec), cookies: new Map() };
}

/** Cookies from a response's Set-Cookie headers into a jar. */
function absorb(jar: Map<string, string>, res: Response) {
  for (const c of res.headers.getSetCookie()) {
    const pair = c.split(";")[0] ?? "";
    const eq = pair.indexOf("=");
    jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

/** The real sign-in: next-auth's CSRF token, then the credentials callback; returns the cookies. */
async function signIn(base: string, persona: Persona): Promise<string> {
  if (persona === "anonymous") return "";
  const jar = new Map<string, string>();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  absorb(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const client = persona in DEMO_CLIENTS ? DEMO_CLIENTS[persona as keyof typeof DEMO_CLIENTS] : null;
  const form = new URLSearchParams({ csrfToken, json: "true", callbackUrl: `${base}/` });
  if (client) {
    form.set("username", client.username);
    form.set("pin", client.pin);
  } else {
    form.set("email", DEMO_STAFF[persona as keyof typeof DEMO_STAFF].email);
    form.set("password", DEMO_PASSWORD);
  }
  const res = await fetch(`${base}/api/auth/callback/${client ? "client" : "staff"}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: form,
    redirect: "manual",
  });
  absorb(jar, res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in as ${persona} failed at ${base} (HTTP ${res.status})`);
  return cookieHeader(jar);
}

let actionIds: Map<string, string> | null = null;
function actionId(file: string, exportName: string): string {
  if (!actionIds) {
    actionIds = new Map();
    const manifest = JSON.parse(readFileSync(path.join(distPath, "server", "server-reference-manifest.json"), "utf8")) as {
      node: Record<string, { filename?: string; exportedName?: string }>;
    };
    for (const [id, v] of Object.entries(manifest.node)) if (v.filename && v.exportedName) actionIds.set(`${v.filename.replace(/^.*?src\//, "src/")}#${v.exportedName}`, id);
  }
  const id = actionIds.get(`${file}#${exportName}`);
  if (!id) throw new Error(`no server action ${exportName} of ${file} in ${distDir}'s manifest`);
  return id;
}

function routeExists(route: string): boolean {
  try {
    const m = JSON.parse(readFileSync(path.join(distPath, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
    return Object.values(m).includes(route);
  } catch {
    return true;
  }
}

interface Prepared {
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: () => string;
}

function prepare(server: Server, page: PageSpec): Prepared | null {
  const p = page.path(server.ids);
  if (!p) return null;
  const headers: Record<string, string> = { cookie: server.cookies.get(page.persona) ?? "" };
  if (page.action) {
    const id = actionId(page.action.file, page.action.exportName);
    const body = page.action.body;
    return {
      url: server.base + p,
      method: "POST",
      headers: { ...headers, "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: server.base },
      body: () => JSON.stringify([body(server.ids)]),
    };
  }
  return { url: server.base + p, method: "GET", headers: { ...headers, accept: "text/html,application/json" } };
}

/** One plain request first: its status and size, and (for an action) whether it succeeded. */
async function probe(prep: Prepared): Promise<{ status: number; bytes: number; text: string }> {
  const res = await fetch(prep.url, { method: prep.method, headers: prep.headers, body: prep.body?.(), redirect: "manual" });
  const text = await res.text();
  return { status: res.status, bytes: Buffer.byteLength(text), text };
}

function cannon(prep: Prepared, connections: number, limit: { duration: number } | { amount: number }): Promise<Omit<Measurement, "bytes">> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: prep.url,
        method: prep.method,
        headers: prep.headers,
        connections,
        ...limit,
        timeout: 120,
        // every request of an action gets its own body (a fresh request key for the order)
        requests: prep.body ? [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, body: prep.body!() }) }] : undefined,
      },
      (err: Error | null, r: autocannon.Result) => {
        if (err) return reject(err);
        const seconds = (Date.now() - started) / 1000;
        const rps = "amount" in limit ? r.requests.total / seconds : r.requests.average;
        resolve({ rps, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts, requests: r.requests.total });
      },
    );
  });
}

/**
 * `seconds` of load with `connections` at once. A page so slow that fewer than two rounds of
 * requests finish in that time is measured again by count instead (two requests per
 * connection, however long they take), so that its latency is a measurement and not zero.
 */
async function measure(prep: Prepared, seconds: number, connections: number): Promise<Omit<Measurement, "bytes">> {
  const timed = await cannon(prep, connections, { duration: seconds });
  if (timed.requests >= 2 * connections) return timed;
  return cannon(prep, connections, { amount: 2 * connections });
}

const chunkGzip = new Map<string, number>();
let polyfills: Set<string> | null = null;
/**
 * First-load JS: every chunk the page's HTML names (script tags and the flight data), gzip;
 * not the `noModule` polyfills, which a current browser does not load.
 */
function firstLoadJs(html: string): number {
  polyfills ??= new Set(
    ((JSON.parse(readFileSync(path.join(distPath, "build-manifest.json"), "utf8")) as { polyfillFiles?: string[] }).polyfillFiles ?? []).map((f) => f.replace(/^static\/chunks\//, "")),
  );
  const chunks = new Set<string>();
  for (const m of html.matchAll(/\/?_next\/static\/chunks\/([A-Za-z0-9._~\-/]+?\.js)/g)) if (!polyfills.has(m[1]!)) chunks.add(m[1]!);
  let sum = 0;
  for (const c of chunks) {
    if (!chunkGzip.has(c)) {
      const file = path.join(distPath, "static", "chunks", c);
      chunkGzip.set(c, existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0);
    }
    sum += chunkGzip.get(c)!;
  }
  return sum;
}

function machine() {
  const cpus = os.cpus();
  return { cpu: cpus[0]?.model ?? "unknown", cores: cpus.length, node: process.version, memoryGb: Math.round(os.totalmem() / 2 ** 30), load: os.loadavg().map((l) => l.toFixed(2)).join(" ") };
}

async function main() {
  ensureBuild();
  const pages = PAGES.filter((p) => (args.quick ? p.quick : true)).filter((p) => !args.only.length || args.only.includes(p.name)).filter((p) => !p.route || routeExists(p.route));
  const floors = FLOORS.filter((p) => !p.route || routeExists(p.route));
  for (const s of args.scales) await ensureData(s);
  const servers: Server[] = [];
  try {
    for (const [i, s] of args.scales.entries()) {
      const server = await startServer(s, firstPort + i);
      servers.push(server);
      const personas = new Set<Persona>([...pages, ...floors].map((p) => p.persona));
      for (const persona of personas) server.cookies.set(persona, await signIn(server.base, persona));
      log(`server for ${s.label}× on ${server.base} (pid ${server.proc.pid}), signed in as ${personas.size - 1} demo accounts`);
    }
    // Warm-up: every page once on every server (Next compiles nothing in production, but the
    // first request loads each route's modules and fills the database's caches).
    const firstLoad: FirstLoadJs[] = [];
    const sizes = new Map<string, { status: number; bytes: number }>();
    for (const server of servers) {
      for (const page of [...floors, ...pages]) {
        if (page.kind === "action") continue;
        const prep = prepare(server, page);
        if (!prep) continue;
        for (let i = 0; i < 2; i++) {
          const r = await probe(prep);
          sizes.set(`${server.spec.label}|${page.name}`, r);
          if (i === 0 && server === servers[0] && page.kind === "page" && r.text.includes("<html")) firstLoad.push({ route: page.path(server.ids)!, gzipBytes: firstLoadJs(r.text) });
        }
      }
      server.rssBeforeMb = rssMb(server.proc.pid) ?? undefined;
    }
    const raw: RawResult[] = [];
    const run = async (page: PageSpec) => {
      for (const server of servers) {
        const prep = prepare(server, page);
        if (!prep) {
          log(`${page.name} at ${server.spec.label}×: nothing to measure (no such row)`);
          continue;
        }
        let bytes = sizes.get(`${server.spec.label}|${page.name}`)?.bytes ?? 0;
        let status = sizes.get(`${server.spec.label}|${page.name}`)?.status ?? 0;
        if (page.kind === "action") {
          const r = await probe(prep);
          bytes = r.bytes;
          status = r.status;
          if (!r.text.includes('"ok":true')) log(`  first ${page.name} at ${server.spec.label}× did not succeed: ${r.text.slice(0, 200).replace(/\s+/g, " ")}`);
        }
        const expected = page.name === "404 page" ? 404 : 200;
        if (status !== expected) log(`  ${page.name} at ${server.spec.label}× answers HTTP ${status}, not ${expected}`);
        const m = await measure(prep, args.seconds, args.connections);
        // The 404 page answers 404 on purpose: those are not failures.
        const non2xx = page.name === "404 page" ? 0 : m.non2xx;
        raw.push({ ...m, non2xx, bytes, scale: server.spec.label, page: page.name, path: new URL(prep.url).pathname, kind: page.kind });
        log(`${page.name.padEnd(30)} ${server.spec.label.padStart(4)}×  ${m.rps.toFixed(1).padStart(7)} req/s  p50 ${String(m.p50).padStart(5)} ms  p99 ${String(m.p99).padStart(5)} ms  ${(bytes / 1024).toFixed(1)} KB${non2xx ? `  ${non2xx} non-2xx` : ""}${m.errors ? `  ${m.errors} errors` : ""}`);
      }
    };
    for (const f of floors) await run(f);
    for (const p of pages) await run(p);
    for (const f of floors) await run(f);
    const rss = servers.map((s) => ({ scale: s.spec.label, beforeMb: s.rssBeforeMb ?? null, afterMb: rssMb(s.proc.pid) }));
    // Memory a while after the load: what the process keeps, not what it used at the peak.
    await new Promise((r) => setTimeout(r, 10_000));
    rss.forEach((r, i) => Object.assign(r, { settledMb: rssMb(servers[i]?.proc.pid) }));
    const scaleOrder = args.scales.map((s) => s.label);
    const records = withRatios(raw, scaleOrder);
    const result = {
      date: new Date().toISOString(),
      machine: machine(),
      flags: { scales: scaleOrder, seconds: args.seconds, connections: args.connections, quick: args.quick },
      distDir,
      records,
      firstLoadJs: firstLoad,
      rss,
    };
    mkdirSync(path.dirname(args.out), { recursive: true });
    writeFileSync(args.out, `${JSON.stringify(result, null, 2)}\n`);
    log(`wrote ${args.out}`);
    const table = formatTable(records, scaleOrder);
    const blank = firstLoad.find((r) => r.route === "/bench-no-such-page") ? "/bench-no-such-page" : "";
    const body = [
      `Measured ${result.date.slice(0, 16).replace("T", " ")} UTC on ${result.machine.cpu} (${result.machine.cores} cores, ${result.machine.memoryGb} GB), Node ${result.machine.node}; load average at the end ${result.machine.load}.`,
      `\`npm run bench -- --scales ${scaleOrder.join(",")} --seconds ${args.seconds} --connections ${args.connections}\`${args.quick ? " --quick" : ""}. rps: requests per second; p50/p99 in ms; ÷fw: p50 divided by the framework floor's p50 at the same scale; KB: one response's body; the last column: p50 at the largest scale divided by p50 at the smallest.`,
      "",
      table,
      "",
      `First-load JS (gzip, every chunk the page's HTML names), against the 404 page:`,
      "",
      formatFirstLoad(firstLoad, blank),
      "",
      `Server memory (RSS, MB) per scale, after warm-up → right after the run → 10 s later: ${rss.map((r) => `${r.scale}×: ${r.beforeMb} → ${r.afterMb} → ${(r as { settledMb?: number | null }).settledMb}`).join("; ")}.`,
    ].join("\n");
    console.log(`\n${body}\n`);
    if (!args.noDoc) {
      const docPath = path.join("docs", "benchmarks.md");
      const doc = existsSync(docPath) ? readFileSync(docPath, "utf8") : "# Benchmarks\n";
      writeFileSync(docPath, replaceSection(doc, args.table, body));
      log(`rewrote the "${args.table}" table in ${docPath}`);
    }
  } finally {
    for (const s of servers) s.proc.kill("SIGTERM");
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
