import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { Prisma } from "@/generated/prisma/client";

/** What the store needs: the model delegate of the `RateLimiterFlexible` table (a client or a transaction). */
export type ThrottleStore = Pick<Prisma.TransactionClient, "rateLimiterFlexible">;

interface Row {
  key: string;
  points: number;
  expire: Date | null;
}

/**
 * RateLimiterPrisma, but reading the time from the request context instead of `Date.now()`:
 * the same clock the actions use, so tests move it forward instead of waiting out a window.
 * Only the three methods that read the clock are replaced; counting, blocking and the
 * consume/penalty/reward/delete API stay the library's. The increment is the library's own
 * (delete an expired row, then upsert with `increment`), so concurrent attempts all count.
 */
class ClockedRateLimiterPrisma extends RateLimiterPrisma {
  constructor(
    opts: ConstructorParameters<typeof RateLimiterPrisma>[0],
    private readonly clock: () => Date,
  ) {
    super(opts);
  }

  private get model(): ThrottleStore["rateLimiterFlexible"] {
    return (this as unknown as { prismaClient: ThrottleStore }).prismaClient.rateLimiterFlexible;
  }

  protected _getRateLimiterRes(_rlKey: string, changedPoints: number, row: Row): RateLimiterRes {
    const points = (this as unknown as { points: number }).points;
    const msBeforeNext = row.expire ? Math.max(row.expire.getTime() - this.clock().getTime(), 0) : -1;
    return new RateLimiterRes(Math.max(points - row.points, 0), msBeforeNext, row.points, row.points === changedPoints);
  }

  protected async _upsert(key: string, points: number, msDuration: number, forceExpire = false): Promise<Row> {
    const now = this.clock();
    const expire = msDuration > 0 ? new Date(now.getTime() + msDuration) : null;
    if (forceExpire) {
      return this.model.upsert({ where: { key }, create: { key, points, expire }, update: { points, expire } });
    }
    await this.model.deleteMany({ where: { key, expire: { lte: now } } });
    return this.model.upsert({ where: { key }, create: { key, points, expire }, update: { points: { increment: points } } });
  }

  protected _get(key: string): Promise<Row | null> {
    return this.model.findFirst({ where: { key, OR: [{ expire: { gt: this.clock() } }, { expire: null }] } });
  }
}

/** A limit: at most `points` within `durationSeconds` (a fixed window from the first hit). */
export interface LimitRule {
  points: number;
  durationSeconds: number;
}

export type ThrottleResult = { ok: true; consumed: number } | { ok: false; retryAfterSeconds: number };

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/**
 * One named limit over many keys (an IP address, an account), stored in PostgreSQL so that
 * every app instance sees the same counts. Cheap to build: make one per call with the db and
 * clock at hand.
 */
export class Throttle {
  private readonly limiter: ClockedRateLimiterPrisma;

  constructor(
    store: ThrottleStore,
    readonly name: string,
    readonly rule: LimitRule,
    private readonly now: () => Date,
  ) {
    this.limiter = new ClockedRateLimiterPrisma(
      {
        storeClient: store,
        tableName: "rateLimiterFlexible",
        keyPrefix: name,
        points: rule.points,
        duration: rule.durationSeconds,
        // Expired rows are reset by the next hit on the same key and swept by `sweepThrottles`;
        // a timer per short-lived instance would only pile up.
        clearExpiredByTimeout: false,
      },
      now,
    );
  }

  /** Counts one attempt; refuses (with the wait) once the window's points are used up. */
  async hit(key: string, points = 1): Promise<ThrottleResult> {
    try {
      const res = await this.limiter.consume(key, points);
      return { ok: true, consumed: res.consumedPoints };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: seconds(rejection.msBeforeNext) };
      throw rejection;
    }
  }

  /** The key's count in the current window, without counting; null when it has none. */
  async peek(key: string): Promise<{ consumed: number; remaining: number; retryAfterSeconds: number } | null> {
    const res = await this.limiter.get(key);
    if (!res) return null;
    return { consumed: res.consumedPoints, remaining: res.remainingPoints, retryAfterSeconds: seconds(res.msBeforeNext) };
  }

  /** Refuses the key for `forSeconds` from now (its count is set past the limit). */
  async block(key: string, forSeconds: number): Promise<void> {
    await this.limiter.block(key, forSeconds);
  }

  /** Sets the key's count for a window of `forSeconds` (used to remember a fact for a while). */
  async set(key: string, points: number, forSeconds: number): Promise<void> {
    await this.limiter.set(key, points, forSeconds);
  }

  /** Gives back points counted for `key` (a success that should not use up a shared budget). */
  async refund(key: string, points = 1): Promise<void> {
    await this.limiter.reward(key, points);
  }

  async clear(key: string): Promise<void> {
    await this.limiter.delete(key);
  }

  /** The store key the library uses for `key` (prefix:key), for listing and clearing by prefix. */
  storeKey(key: string): string {
    return `${this.name}:${key}`;
  }
}

/** Live rows whose store key starts with `prefix`, for staff to see who is being throttled. */
export function listThrottleRows(store: ThrottleStore, prefix: string, now: Date): Promise<Row[]> {
  return store.rateLimiterFlexible.findMany({
    where: { key: { startsWith: prefix }, OR: [{ expire: { gt: now } }, { expire: null }] },
    orderBy: { key: "asc" },
  });
}

/** Deletes the rows with these store keys and every row whose store key starts with one of `prefixes`. */
export async function clearThrottleRows(store: ThrottleStore, which: { keys?: readonly string[]; prefixes?: readonly string[] }): Promise<number> {
  const where = [
    ...(which.keys?.length ? [{ key: { in: [...which.keys] } }] : []),
    ...(which.prefixes ?? []).map((prefix) => ({ key: { startsWith: prefix } })),
  ];
  if (where.length === 0) return 0;
  return (await store.rateLimiterFlexible.deleteMany({ where: { OR: where } })).count;
}

/** Removes rows whose window ended more than an hour ago (keys nobody hits again stay otherwise). */
export async function sweepThrottles(store: ThrottleStore, now: Date): Promise<number> {
  const { count } = await store.rateLimiterFlexible.deleteMany({ where: { expire: { lt: new Date(now.getTime() - 3_600_000) } } });
  return count;
}
