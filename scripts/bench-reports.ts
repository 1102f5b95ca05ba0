// How long the report's queries take on a PostgreSQL server at 100× the demo seed (ADR 070).
//   DATABASE_URL=postgresql://…/empty_db npx tsx scripts/bench-reports.ts
// Migrates and seeds the empty database, then copies clients, orders, gigs, feedback and pathway
// events 99 more times (same units, so each Jobcenter holds 100× the rows), ANALYZEs and times
// each report query for one Jobcenter and a year, the best of five runs. Not part of the app.
import { openPostgres } from "../src/server/db/connect";
import { seedDemo } from "../src/server/seed/demo";
import { groupFigures, jobcenterFigures, monthlyFigures, paidWorkShare, pathwayCounts, unitFigures } from "../src/features/reports/queries";
import { parsePeriod } from "../src/features/reports/rules";
import { dayKey } from "../src/lib/dates";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL");
const copies = Number(process.env.COPIES ?? 99);
const { prisma: db, close } = await openPostgres(url, { migrate: true });
const now = new Date();
const skipSeed = process.env.BENCH_SKIP_SEED === "1"; // re-time a database this script already filled
if (!skipSeed) await seedDemo(db, { now, hashCost: { N: 2 ** 10, r: 8, p: 1 } });
const clone = async (table: string, fix: string) => {
  await db.$executeRawUnsafe(`CREATE TEMP TABLE t AS SELECT x.*, k FROM "${table}" x, generate_series(1, ${copies}) k`);
  await db.$executeRawUnsafe(`UPDATE t SET ${fix}`);
  await db.$executeRawUnsafe(`ALTER TABLE t DROP COLUMN k`);
  await db.$executeRawUnsafe(`INSERT INTO "${table}" SELECT * FROM t`);
  await db.$executeRawUnsafe(`DROP TABLE t`);
};
if (!skipSeed) {
  await clone("Client", `id = id || '-' || k, "userId" = NULL`);
  await clone("Order", `id = id || '-' || k, number = number + k * 1000000, "requestKey" = NULL`);
  await clone("Gig", `id = id || '-' || k, "clientId" = "clientId" || '-' || k, "orderId" = "orderId" || '-' || k, "sessionId" = NULL, "replacesGigId" = NULL`);
  await clone("Feedback", `id = id || '-' || k, "clientId" = "clientId" || '-' || k, "orderId" = "orderId" || '-' || k, "gigId" = "gigId" || '-' || k`);
  await clone("PathwayEvent", `id = id || '-' || k, "clientId" = "clientId" || '-' || k`);
  await db.$executeRawUnsafe(`ANALYZE`);
}
const counts = await db.$queryRawUnsafe<{ t: string; n: number }[]>(
  `SELECT 'Gig' t, COUNT(*)::int n FROM "Gig" UNION ALL SELECT 'Order', COUNT(*)::int FROM "Order" UNION ALL SELECT 'Client', COUNT(*)::int FROM "Client" UNION ALL SELECT 'PathwayEvent', COUNT(*)::int FROM "PathwayEvent"`,
);
console.log(counts.map((c) => `${c.t} ${c.n}`).join(", "));
const jc = (await db.jobcenter.findFirstOrThrow({ where: { slug: "vammaisten-tyokeskus" } })).id;
const today = dayKey(now);
const year = parsePeriod({ period: "year", year: today.slice(0, 4) }, today);
const time = async (name: string, fn: () => Promise<unknown>) => {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t0);
  }
  console.log(`${name.padEnd(18)} ${best.toFixed(1)} ms`);
};
await time("unitFigures", () => unitFigures(db, jc, year, now));
await time("jobcenterFigures", () => jobcenterFigures(db, jc, year));
await time("monthlyFigures", () => monthlyFigures(db, [jc], year));
await time("groupFigures", () => groupFigures(db, jc, year));
await time("pathwayCounts", () => pathwayCounts(db, jc, year));
await time("paidWorkShare", () => paidWorkShare(db, jc, year, today));
await close();
