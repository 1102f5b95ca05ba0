// `npm run bench:data -- --scale N [--heavy] [--reset]`: the demo seed multiplied N times, in SQL,
// for `npm run bench` (docs/benchmarks.md, ADR 091).
//
// Into DATABASE_URL, or postgresql://postgres@127.0.0.1:5432/tasmatyo_bench_<N> by default (that
// default database is dropped and made again; a DATABASE_URL with data needs --reset). It seeds
// the demo once (`seedDemo`), then copies every row of every data table N-1 times with
// INSERT ... SELECT ... CROSS JOIN generate_series: a copy's id is the original's id + "~k", and
// so is every foreign key that points to a copied table. The two Jobcenters and the reference
// rows (price lists, VAT, terms, benefit limits) are not copied: the copies are more units,
// clients, orderers and orders of the same two Jobcenters, so the demo coordinators see N times
// the work while every demo client, the company orderer and the unit staff member of Pajala keep
// exactly their own rows. Two demo accounts are made big on purpose (the variants of issue 15):
//   - the association's contact (tilaaja@kotikulma.demo) gets the copies of the association's
//     orders: about 15 x N orders;
//   - the staff member of Kuntouttava Itä (ohjaaja.ita@aikuissosiaalityo.demo) gets a membership
//     in every copy of their units: N units' worth of clients.
// --heavy adds 100,000 gigs (finished copies of the copied clients' gigs) and 200,000 audit events.
// Tables are found from the database's own catalogue, so a table added later is copied too.
import pg from "pg";
import { openPostgres } from "../src/server/db/connect";
import { DEMO_CLIENTS, DEMO_STAFF } from "../src/server/seed/demo-accounts";
import { seedDemo } from "../src/server/seed/demo";
import { copyExpressions, parseBenchDataArgs, q, type TableInfo } from "./bench-lib";

/** Not copied: one set of them serves every copy (or they are per-process state). */
const KEEP = new Set([
  "_prisma_migrations",
  "Jobcenter",
  "PriceList",
  "VatRate",
  "BenefitLimit",
  "OrderTermsVersion",
  "InvoiceCounter",
  // unique per Jobcenter and period: the copies' pay lines hang on the original runs
  "PayRun",
  // sessions, tokens, throttles, queues and deliveries are the running app's, not data
  "AuthToken",
  "AuthSession",
  "RateLimiterFlexible",
  "QueueJob",
  "QueueKey",
  "QueueSchedule",
  "JobDeadLetter",
  "OutboxMessage",
  "PushSubscription",
]);

async function tables(client: pg.Client): Promise<TableInfo[]> {
  const cols = await client.query<{ t: string; c: string; type: string; gen: string; ident: string }>(`
    SELECT table_name AS t, column_name AS c, data_type AS type, is_generated AS gen, is_identity AS ident
      FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`);
  const fks = await client.query<{ t: string; c: string; ref: string }>(`
    SELECT cl.relname AS t, a.attname AS c, rf.relname AS ref
      FROM pg_constraint co
      JOIN pg_class cl ON cl.oid = co.conrelid
      JOIN pg_class rf ON rf.oid = co.confrelid
      JOIN pg_attribute a ON a.attrelid = co.conrelid AND a.attnum = co.conkey[1]
     WHERE co.contype = 'f' AND array_length(co.conkey, 1) = 1 AND cl.relnamespace = current_schema()::regnamespace`);
  const uniques = await client.query<{ t: string; cols: string[] }>(`
    SELECT cl.relname AS t, array_agg(a.attname ORDER BY k.ord)::text[] AS cols
      FROM pg_index i
      JOIN pg_class cl ON cl.oid = i.indrelid
      CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
     WHERE i.indisunique AND cl.relnamespace = current_schema()::regnamespace
     GROUP BY cl.relname, i.indexrelid`);
  const byName = new Map<string, TableInfo>();
  for (const r of cols.rows) {
    const t: TableInfo = byName.get(r.t) ?? { name: r.t, columns: [], fks: new Map(), uniques: [] };
    t.columns.push({ name: r.c, type: r.type, generated: r.gen === "ALWAYS" || r.ident === "YES" });
    byName.set(r.t, t);
  }
  for (const r of fks.rows) byName.get(r.t)?.fks.set(r.c, r.ref);
  for (const r of uniques.rows) byName.get(r.t)?.uniques.push(r.cols);
  return [...byName.values()];
}

/** Parents before children, so that every foreign key finds its row. */
function insertionOrder(all: TableInfo[]): TableInfo[] {
  const done = new Set<string>();
  const out: TableInfo[] = [];
  const visit = (t: TableInfo, path: Set<string>) => {
    if (done.has(t.name) || path.has(t.name)) return;
    path.add(t.name);
    for (const ref of t.fks.values()) {
      const parent = all.find((x) => x.name === ref);
      if (parent && parent.name !== t.name) visit(parent, path);
    }
    done.add(t.name);
    out.push(t);
  };
  for (const t of all) visit(t, new Set());
  return out;
}

async function insertCopies(client: pg.Client, t: TableInfo, exprs: Map<string, string>, from: string, series: string, where = "") {
  const cols = t.columns.filter((c) => !c.generated);
  const sql = `INSERT INTO ${q(t.name)} (${cols.map((c) => q(c.name)).join(", ")})
    SELECT ${cols.map((c) => exprs.get(c.name)).join(", ")} FROM ${from} CROSS JOIN ${series} ${where}`;
  const res = await client.query(sql);
  return res.rowCount ?? 0;
}

async function scaleUp(client: pg.Client, scale: number, heavy: boolean) {
  const all = (await tables(client)).filter((t) => t.name !== "_prisma_migrations");
  const copied = (name: string) => !KEEP.has(name) && all.some((t) => t.name === name);
  // One transaction; a self-reference (a gig's replacesGigId) points into the same copy, which
  // goes in with the same statement as the row it references.
  await client.query("BEGIN");
  for (const t of insertionOrder(all)) {
    if (!copied(t.name) || scale <= 1) continue;
    const started = Date.now();
    const n = await insertCopies(client, t, copyExpressions(t, copied), `(SELECT * FROM ${q(t.name)}) src`, `generate_series(1, ${scale - 1}) AS k`);
    console.log(`  ${t.name.padEnd(24)} +${String(n).padStart(8)}  ${Date.now() - started} ms`);
  }
  if (scale > 1) await bigAccounts(client, scale);
  if (heavy) await heavyRows(client, all);
  // Integer sequences (Order.number) continue after the copies' numbers.
  const seqs = await client.query<{ t: string; c: string; s: string }>(`
    SELECT table_name AS t, column_name AS c, pg_get_serial_sequence(quote_ident(table_name), column_name) AS s
      FROM information_schema.columns
     WHERE table_schema = current_schema() AND pg_get_serial_sequence(quote_ident(table_name), column_name) IS NOT NULL`);
  for (const r of seqs.rows) {
    await client.query(`SELECT setval('${r.s}', GREATEST((SELECT max(${q(r.c)}) FROM ${q(r.t)}), 1))`);
  }
  await client.query("COMMIT");
  await client.query("ANALYZE");
}

/** The two variants of issue 15 (see the top of this file). */
async function bigAccounts(client: pg.Client, scale: number) {
  const strip = (col: string) => `regexp_replace(${col}, '~[0-9]+$', '')`;
  const orderer = await client.query<{ ordererId: string }>(
    `SELECT m."ordererId" FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $1 AND m."ordererId" IS NOT NULL LIMIT 1`,
    [DEMO_STAFF.ordererAssociation.email],
  );
  const ordererId = orderer.rows[0]?.ordererId;
  if (ordererId) {
    // The association has 8 orders of its own; it also takes the copies of the orders of the
    // busiest orderer that no demo account belongs to, so that it ends with about 14 x N.
    const other = await client.query<{ id: string }>(`
      SELECT o."ordererId" AS id FROM "Order" o
       WHERE o.id NOT LIKE '%~%' AND o."ordererId" NOT IN (SELECT "ordererId" FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE u.email = ANY($1) AND m."ordererId" IS NOT NULL)
       GROUP BY o."ordererId" ORDER BY count(*) DESC, o."ordererId" LIMIT 1`, [Object.values(DEMO_STAFF).map((s) => s.email)]);
    const from = [ordererId, ...other.rows.map((r) => r.id)];
    const cols = (await client.query<{ c: string }>(`
      SELECT a.attname AS c FROM pg_constraint co
        JOIN pg_attribute a ON a.attrelid = co.conrelid AND a.attnum = co.conkey[1]
       WHERE co.contype = 'f' AND co.conrelid = '"Order"'::regclass AND co.confrelid = '"Orderer"'::regclass`)).rows.map((r) => r.c);
    for (const c of cols) {
      const res = await client.query(`UPDATE "Order" SET ${q(c)} = $1 WHERE ${q(c)} LIKE '%~%' AND ${strip(q(c))} = ANY($2)`, [ordererId, from]);
      console.log(`  big orderer: ${res.rowCount} copied orders moved to ${DEMO_STAFF.ordererAssociation.email} (${c})`);
    }
  }
  const res = await client.query(
    `INSERT INTO "Membership" ("id", "userId", "role", "jobcenterId", "unitId", "ordererId", "active", "createdAt")
     SELECT m.id || '~big' || k, m."userId", m.role, m."jobcenterId", m."unitId" || '~' || k, NULL, m.active, m."createdAt"
       FROM "Membership" m JOIN "User" u ON u.id = m."userId" CROSS JOIN generate_series(1, ${scale - 1}) AS k
      WHERE u.email = $1 AND m."unitId" IS NOT NULL`,
    [DEMO_STAFF.staffRehabilitative.email],
  );
  console.log(`  big unit staff: ${res.rowCount} more unit memberships for ${DEMO_STAFF.staffRehabilitative.email}`);
}

async function heavyRows(client: pg.Client, all: TableInfo[]) {
  const gig = all.find((t) => t.name === "Gig");
  const audit = all.find((t) => t.name === "AuditEvent");
  const demoClientIds = (
    await client.query<{ id: string }>(
      `SELECT c.id FROM "Client" c JOIN "User" u ON u.id = c."userId" WHERE u."clientUsername" = ANY($1)`,
      [Object.values(DEMO_CLIENTS).map((c) => c.username)],
    )
  ).rows.map((r) => r.id);
  if (gig) {
    // Finished (cancelled) gigs: they fill the tables and the history without double-booking
    // anyone; the demo clients' own gigs stay as they were.
    const base = Number((await client.query(`SELECT count(*) AS n FROM "Gig" WHERE NOT ("clientId" = ANY($1))`, [demoClientIds])).rows[0].n);
    const rounds = Math.ceil(100_000 / Math.max(base, 1));
    const exprs = copyExpressions(gig, () => false, "h", "~h");
    exprs.set("status", `'CANCELLED'`);
    exprs.set("replacesGigId", "NULL");
    const cols = gig.columns.filter((c) => !c.generated);
    const sql = `INSERT INTO "Gig" (${cols.map((c) => q(c.name)).join(", ")})
      SELECT ${cols.map((c) => exprs.get(c.name)).join(", ")}
        FROM (SELECT * FROM "Gig" WHERE NOT ("clientId" = ANY($1)) ORDER BY id LIMIT 100000) src CROSS JOIN generate_series(1, ${rounds}) AS h
       LIMIT 100000`;
    const res = await client.query(sql, [demoClientIds]);
    console.log(`  heavy: +${res.rowCount} gigs`);
  }
  if (audit) {
    const base = Number((await client.query(`SELECT count(*) AS n FROM "AuditEvent"`)).rows[0].n);
    const rounds = Math.ceil(200_000 / Math.max(base, 1));
    const exprs = copyExpressions(audit, () => false, "h", "~h");
    const cols = audit.columns.filter((c) => !c.generated);
    const res = await client.query(`INSERT INTO "AuditEvent" (${cols.map((c) => q(c.name)).join(", ")})
      SELECT ${cols.map((c) => exprs.get(c.name)).join(", ")}
        FROM (SELECT * FROM "AuditEvent" WHERE "clientId" IS NULL OR NOT ("clientId" = ANY($1))) src CROSS JOIN generate_series(1, ${rounds}) AS h LIMIT 200000`, [demoClientIds]);
    console.log(`  heavy: +${res.rowCount} audit events`);
  }
}

async function main() {
  const opts = parseBenchDataArgs(process.argv.slice(2));
  const adminUrl = process.env.BENCH_ADMIN_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
  // BENCH_DB_PREFIX: another set of databases, for two runs side by side
  const name = `${process.env.BENCH_DB_PREFIX || "tasmatyo_bench"}_${opts.scale}${opts.heavy ? "_heavy" : ""}`;
  let url = process.env.DATABASE_URL;
  if (!url) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${q(name)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${q(name)}`);
    await admin.end();
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    url = u.toString();
  }
  const started = Date.now();
  const db = await openPostgres(url, { migrate: true });
  try {
    const existing = await db.prisma.jobcenter.count();
    if (existing > 0) {
      if (!opts.reset) throw new Error(`${url} already has data: add --reset to empty it first.`);
      const ts = await db.prisma.$queryRaw<{ t: string }[]>`
        SELECT tablename AS t FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
      await db.prisma.$transaction([
        db.prisma.$executeRaw`SELECT set_config('tasmatyo.allow_audit_erase', 'on', true)`,
        db.prisma.$executeRawUnsafe(`TRUNCATE ${ts.map((r) => q(r.t)).join(", ")} RESTART IDENTITY CASCADE`),
      ]);
    }
    const summary = await seedDemo(db.prisma);
    console.log(`Seeded the demo (${summary.units} units, ${summary.clients} clients, ${summary.orders} orders) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await db.close();
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const t0 = Date.now();
    await scaleUp(client, opts.scale, opts.heavy);
    const counts = await client.query<{ units: string; clients: string; orders: string; gigs: string; audit: string }>(`
      SELECT (SELECT count(*) FROM "Unit") AS units, (SELECT count(*) FROM "Client") AS clients,
             (SELECT count(*) FROM "Order") AS orders, (SELECT count(*) FROM "Gig") AS gigs, (SELECT count(*) FROM "AuditEvent") AS audit`);
    const c = counts.rows[0]!;
    console.log(
      `Scale ${opts.scale}${opts.heavy ? " (heavy)" : ""} in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${c.units} units, ${c.clients} clients, ` +
        `${c.orders} orders, ${c.gigs} gigs, ${c.audit} audit events.\nDATABASE_URL=${url}`,
    );
  } finally {
    await client.end();
  }
}

if (process.argv[1]?.endsWith("bench-data.ts")) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
