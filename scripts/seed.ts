// Demo data: `npm run db:seed`.
//   --if-empty  seed only when the database has no Jobcenter yet (what `npm run dev` uses)
//   --reset     start from an empty database: the embedded data directory is removed first;
//               on a PostgreSQL server (DATABASE_URL) every table is emptied
// With DATABASE_URL it seeds that PostgreSQL server (as the owner role of MIGRATION_DATABASE_URL
// when that is set: seeding migrates first, and --reset empties tables the app role may not);
// without it, the embedded database under PGLITE_DATA_DIR (./data/pglite). PGlite serves one
// process: stop the app before seeding.
import { rm } from "node:fs/promises";
import path from "node:path";
import { openPglite, openPostgres, type OpenDatabase } from "../src/server/db/connect";
import { DEMO_CLIENTS, DEMO_PASSWORD, DEMO_STAFF } from "../src/server/seed/demo-accounts";
import { seedDemo } from "../src/server/seed/demo";

const args = new Set(process.argv.slice(2));

export function demoSignInsText(): string {
  const staff = Object.entries(DEMO_STAFF).map(([role, s]) => `  ${role.padEnd(26)} ${s.email}`);
  const clients = Object.entries(DEMO_CLIENTS).map(([kind, c]) => `  client (${kind})`.padEnd(29) + ` ${c.username} / PIN ${c.pin}`);
  return [
    "Demo sign-ins (made-up people and organisations):",
    `  staff and orderers: password ${DEMO_PASSWORD}`,
    ...staff,
    "  clients (phone app, /signin → client):",
    ...clients,
  ].join("\n");
}

async function open(): Promise<OpenDatabase> {
  const url = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
  if (url) {
    const db = await openPostgres(url, { migrate: true });
    if (args.has("--reset")) {
      const tables = await db.prisma.$queryRaw<{ t: string }[]>`
        SELECT tablename AS t FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
      // The audit log refuses TRUNCATE unless the transaction says it erases on purpose (ADR 057).
      if (tables.length) {
        await db.prisma.$transaction([
          db.prisma.$executeRaw`SELECT set_config('tasmatyo.allow_audit_erase', 'on', true)`,
          db.prisma.$executeRawUnsafe(`TRUNCATE ${tables.map((r) => `"${r.t}"`).join(", ")} RESTART IDENTITY CASCADE`),
        ]);
      }
    }
    return db;
  }
  const dir = process.env.PGLITE_DATA_DIR || "./data/pglite";
  if (args.has("--reset")) {
    await rm(path.resolve(dir), { recursive: true, force: true });
    console.log(`Removed ${dir}.`);
  }
  return openPglite(dir, (line) => console.log(`[db] ${line}`));
}

async function main() {
  const db = await open();
  try {
    const existing = await db.prisma.jobcenter.count();
    if (existing > 0 && args.has("--if-empty")) {
      console.log("The database already has data; not seeding (use `npm run db:seed -- --reset` to start over).");
    } else if (existing > 0) {
      console.error("The database already has data. Run `npm run db:seed -- --reset` to empty it and seed again.");
      process.exitCode = 1;
      return;
    } else {
      const started = Date.now();
      const summary = await seedDemo(db.prisma);
      console.log(
        `Demo data seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary.jobcenters} Jobcenters, ${summary.units} units, ` +
          `${summary.clients} clients, ${summary.orderers} orderers, ${summary.orders} orders, ${summary.gigs} gigs, ${summary.users} users.`,
      );
    }
    if (!args.has("--quiet")) console.log(`\n${demoSignInsText()}\n`);
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
