import { DEFAULT_COST, hashSecret, type HashCost } from "@/features/auth/password";
import type { PrismaClient } from "@/generated/prisma/client";
import { DEMO_CLIENTS, DEMO_PASSWORD } from "./demo-accounts";
import { recordProfileReads, writeAuditTrail } from "./demo/audit";
import { EXTRA_CLIENT_ACCOUNTS, seedClients } from "./demo/clients";
import { createSeedContext, type Tx, type World } from "./demo/context";
import { seedHire } from "./demo/hire";
import { seedInvoices } from "./demo/invoices";
import { seedJobcenters } from "./demo/jobcenters";
import { orderSpecs } from "./demo/order-specs";
import { ORDERERS, seedOrderers } from "./demo/orderers";
import { seedOrders } from "./demo/orders";
import { seedPayDetails, seedPayRuns } from "./demo/pay";
import { seedPathways } from "./demo/pathways";
import { seedStaff, staffUserFactory } from "./demo/staff";

export { seededRandom } from "./demo/context";

// The demo data: two Jobcenters, six units, about 40 clients, 10 orderers and about 60 orders in
// every state, with gigs, hours and feedback. Everything is relative to `now` (Helsinki days)
// and deterministic: the only randomness is a seeded PRNG. See docs/decisions/011-demo-seed.md.
// The steps live in ./demo/, one per thing they build; they share one PRNG stream, so their
// order below is part of the data.

export interface SeedDemoOptions {
  now?: Date;
  /** Cheaper hashes for tests; the sign-in check reads the cost from each hash. */
  hashCost?: HashCost;
}

export interface SeedDemoSummary {
  jobcenters: number;
  units: number;
  users: number;
  clients: number;
  orderers: number;
  orders: number;
  gigs: number;
}

const SEED = 20221001;

export async function seedDemo(db: PrismaClient, options: SeedDemoOptions = {}): Promise<SeedDemoSummary> {
  const now = options.now ?? new Date();
  const cost = options.hashCost ?? DEFAULT_COST;
  // Hashing is slow on purpose: the password once for all staff, each PIN once.
  const passwordHash = await hashSecret(DEMO_PASSWORD, cost);
  const pinHashes = new Map<string, string>();
  for (const c of [DEMO_CLIENTS.disability, DEMO_CLIENTS.rehabilitative, ...EXTRA_CLIENT_ACCOUNTS]) {
    pinHashes.set(c.pin, await hashSecret(c.pin, cost));
  }
  return db.$transaction((tx) => build(tx, now, passwordHash, pinHashes), { maxWait: 60_000, timeout: 300_000 });
}

async function build(tx: Tx, now: Date, passwordHash: string, pinHashes: Map<string, string>): Promise<SeedDemoSummary> {
  const ctx = createSeedContext(tx, now, SEED);
  const staffUser = staffUserFactory(ctx, passwordHash);
  const orgs = await seedJobcenters(tx);
  const staff = await seedStaff(ctx, staffUser, passwordHash, orgs);
  const orderers = await seedOrderers(ctx, staffUser);
  const people = await seedClients(ctx, pinHashes, orgs, staff);
  const world: World = { orgs, staff, orderers, people };
  const { orders, gigCount } = await seedOrders(ctx, world, orderSpecs(ctx, orderers, people));
  await seedHire(ctx, world, orders);
  await seedPayDetails(ctx, world);
  await seedPayRuns(ctx, world);
  await seedInvoices(ctx, world);
  recordProfileReads(ctx, world);
  await writeAuditTrail(ctx);
  await seedPathways(ctx, world);
  return {
    jobcenters: 2,
    units: 6,
    users: await tx.user.count(),
    clients: people.clients.length,
    orderers: ORDERERS.length,
    orders: orders.length,
    gigs: gigCount,
  };
}
