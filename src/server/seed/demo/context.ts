import type { Prisma } from "@/generated/prisma/client";
import { dayKey } from "@/lib/dates";
import type { SeededClients } from "./clients";
import type { Organisations } from "./jobcenters";
import type { Orderers } from "./orderers";
import type { StaffUsers } from "./staff";

export type Tx = Prisma.TransactionClient;

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** mulberry32: a tiny seeded PRNG so that every run builds the same data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * What every step of the demo seed shares. All choices draw from one PRNG stream, so the steps
 * must run, and draw, in the same order every time: reordering two draws changes the data.
 */
export interface SeedContext {
  tx: Tx;
  now: Date;
  /** today's Helsinki day key */
  today: string;
  rand: () => number;
  pick: <T>(items: readonly T[]) => T;
  /** an integer in [lo, hi] */
  between: (lo: number, hi: number) => number;
  ago: (ms: number) => Date;
  /** The trail the real actions would have written; saved at the end, minus anything after `now`. */
  auditRows: Prisma.AuditEventCreateManyInput[];
}

export function createSeedContext(tx: Tx, now: Date, seed: number): SeedContext {
  const rand = seededRandom(seed);
  return {
    tx,
    now,
    today: dayKey(now),
    rand,
    pick: (items) => items[Math.floor(rand() * items.length)]!,
    between: (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1)),
    ago: (ms) => new Date(now.getTime() - ms),
    auditRows: [],
  };
}

/** Everything built before the orders, which the order steps look up. */
export interface World {
  orgs: Organisations;
  staff: StaffUsers;
  orderers: Orderers;
  people: SeededClients;
}
