import type { z } from "zod";
import { recordAudit, type AuditEntry } from "@/features/audit/mutations";
import { can, type Permission } from "@/features/auth/permissions";
import type { Target } from "@/features/auth/rules";
import type { SessionUser } from "@/features/auth/session";
import type { Prisma } from "@/generated/prisma/client";
import { fieldErrorsFrom } from "@/lib/validation";
import { UNKNOWN_IP } from "./client-ip";
import { getContext, type RequestContext } from "./context";
import { Throttle, type LimitRule, type ThrottleStore } from "./db/rate-limit";
import { ActionError, type ActionResult } from "./errors";

export type Tx = Prisma.TransactionClient;

interface RunArgs<I, L, U> {
  tx: Tx;
  input: I;
  user: U;
  row: L;
  now: Date;
  /** Adds an audit event in the same transaction, with the signed-in person as actor. */
  audit: (entry: Omit<AuditEntry, "actorUserId">) => Promise<void>;
}

export interface ActionSpec<S extends z.ZodType, L, R> {
  /** For logs: "orders.submit". */
  name: string;
  input: S;
  /** Checked against the target that `load` returns. */
  permission: Permission;
  /**
   * Loads the rows the action touches (inside the transaction) and says what they belong to.
   * Ids from the browser are only ever looked up here, never trusted. null → NOT_FOUND.
   */
  load: (args: { tx: Tx; input: z.output<S>; user: SessionUser }) => Promise<{ target: Target; row: L } | null>;
  run: (args: RunArgs<z.output<S>, L, SessionUser>) => Promise<R>;
  /** Paths whose cached pages change. */
  revalidate?: (args: { input: z.output<S>; data: R }) => string[];
  /** Counts the calls the person was allowed to make (after the permission check, in the transaction). */
  rateLimit?: RateLimit<z.output<S>, SessionUser>;
}

export interface PublicActionSpec<S extends z.ZodType, R> {
  name: string;
  input: S;
  run: (args: RunArgs<z.output<S>, null, SessionUser | null>) => Promise<R>;
  revalidate?: (args: { input: z.output<S>; data: R }) => string[];
  /** Counts every attempt, failed ones too (before the transaction, so a rollback cannot undo it). */
  rateLimit?: RateLimit<z.output<S>, SessionUser | null>;
}

// ───── throttling (ADR 050): the `rateLimit` field of a spec and how the pipeline applies it ─────

/** At most `points` calls per `durationSeconds` per key; then RATE_LIMITED with the wait. */
export interface RateLimit<I, U> extends LimitRule {
  /** What one count belongs to; by default the client's address. */
  key?: (args: { input: I; user: U; ip: string }) => string;
}

class RateLimited extends ActionError {
  constructor(readonly retryAfterSeconds: number) {
    super("RATE_LIMITED");
  }
}

/** Throws RateLimited when the spec's limit for this call's key is used up. */
async function applyRateLimit<I, U>(
  store: ThrottleStore,
  ctx: RequestContext,
  name: string,
  limit: RateLimit<I, U> | undefined,
  args: { input: I; user: U },
): Promise<void> {
  if (!limit) return;
  const ip = ctx.clientIp ?? UNKNOWN_IP;
  const key = limit.key ? limit.key({ ...args, ip }) : `ip:${ip}`;
  const result = await new Throttle(store, `action:${name}`, limit, ctx.now).hit(key);
  if (!result.ok) throw new RateLimited(result.retryAfterSeconds);
}
// ───── end of throttling ─────

const TX_OPTIONS = { maxWait: 20_000, timeout: 30_000 };

// PostgreSQL's "this value cannot be stored or read as given" errors: invalid byte sequence
// (a NUL), untranslatable character, a date or number out of range, malformed text for a type.
// They mean the input was bad, whatever part of it slipped past the schema.
const BAD_INPUT_SQLSTATES = new Set(["22021", "22P05", "22007", "22008", "22003", "22P02", "22001", "54000"]);

/** The SQLSTATE of a database error, wherever Prisma and its driver adapter put it. */
function sqlState(error: unknown): string | undefined {
  const e = error as { code?: unknown; meta?: { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown; code?: unknown } } }; cause?: { originalCode?: unknown; code?: unknown } } | null;
  const candidates = [e?.meta?.driverAdapterError?.cause?.originalCode, e?.meta?.driverAdapterError?.cause?.code, e?.meta?.code, e?.cause?.originalCode, e?.cause?.code, e?.code];
  return candidates.find((c): c is string => typeof c === "string" && /^[0-9A-Z]{5}$/.test(c));
}

/**
 * A thrown error that is the input's fault, not the server's: a parse or decoding error (a
 * transform meeting what no browser sends, a value that is no valid date, malformed JSON or
 * URI text) or a database refusing a value. These become INVALID_INPUT, never INTERNAL.
 */
function isBadInput(error: unknown): boolean {
  if (error instanceof SyntaxError || error instanceof URIError) return true;
  if (error instanceof RangeError && /invalid (time value|date)|invalid array length|normalization form/i.test(error.message)) return true;
  const state = sqlState(error);
  if (state && BAD_INPUT_SQLSTATES.has(state)) return true;
  const message = error instanceof Error ? error.message : "";
  return /invalid byte sequence for encoding|unsupported Unicode escape sequence|\\u0000 cannot be converted/i.test(message);
}

/** zod's parse, with anything it throws (rather than reports) turned into INVALID_INPUT. */
function parseInput<S extends z.ZodType>(schema: S, raw: unknown): { ok: true; data: z.output<S> } | { ok: false; result: ActionResult<never> } {
  try {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return { ok: true, data: parsed.data as z.output<S> };
    return { ok: false, result: { ok: false, error: "INVALID_INPUT", fieldErrors: fieldErrorsFrom(parsed.error) } };
  } catch {
    return { ok: false, result: { ok: false, error: "INVALID_INPUT" } };
  }
}

function toResult(error: unknown, name: string): ActionResult<never> {
  if (error instanceof RateLimited) return { ok: false, error: "RATE_LIMITED", retryAfterSeconds: error.retryAfterSeconds };
  if (error instanceof ActionError) return { ok: false, error: error.code, rule: error.rule };
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "P2002" || code === "P2034") return { ok: false, error: "CONFLICT" };
  if (code === "P2025") return { ok: false, error: "NOT_FOUND" };
  if (isBadInput(error)) {
    // one line, no stack: a forged or broken request is not a server fault
    console.warn(`[action ${name}] refused input: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    return { ok: false, error: "INVALID_INPUT" };
  }
  console.error(`[action ${name}]`, error);
  return { ok: false, error: "INTERNAL" };
}

/**
 * The one pipeline for every server action: parse with zod → authenticate → load the rows and
 * authorize against them → do the work in a transaction → revalidate → typed result.
 * A denial returns FORBIDDEN and changes nothing.
 */
/**
 * What a `"use server"` file exports: typed by the schema's input for callers, while the
 * pipeline still parses whatever actually arrives over the network.
 */
export type Action<S extends z.ZodType, R> = (input: z.input<S>) => Promise<ActionResult<R>>;

export function defineAction<S extends z.ZodType, L, R>(spec: ActionSpec<S, L, R>): Action<S, R> {
  return async (raw: z.input<S>): Promise<ActionResult<R>> => {
    const parsed = parseInput(spec.input, raw);
    if (!parsed.ok) return parsed.result;
    const ctx = await getContext();
    const user = ctx.user;
    if (!user) return { ok: false, error: "UNAUTHENTICATED" };
    const input = parsed.data;
    try {
      const data = await ctx.db.$transaction(async (tx) => {
        const loaded = await spec.load({ tx, input, user });
        if (!loaded) throw new ActionError("NOT_FOUND");
        if (!can(user, spec.permission, loaded.target)) throw new ActionError("FORBIDDEN");
        await applyRateLimit(tx, ctx, spec.name, spec.rateLimit, { input, user });
        return spec.run({
          tx,
          input,
          user,
          row: loaded.row,
          now: ctx.now(),
          audit: (entry) => recordAudit(tx, { ...entry, actorUserId: user.userId }),
        });
      }, TX_OPTIONS);
      for (const path of spec.revalidate?.({ input, data }) ?? []) ctx.revalidate(path);
      return { ok: true, data };
    } catch (error) {
      return toResult(error, spec.name);
    }
  };
}

/** For the few actions that need no sign-in (registering as a new orderer). */
export function definePublicAction<S extends z.ZodType, R>(spec: PublicActionSpec<S, R>): Action<S, R> {
  return async (raw: z.input<S>): Promise<ActionResult<R>> => {
    const parsed = parseInput(spec.input, raw);
    if (!parsed.ok) return parsed.result;
    const ctx = await getContext();
    const input = parsed.data;
    try {
      await applyRateLimit(ctx.db, ctx, spec.name, spec.rateLimit, { input, user: ctx.user });
      const data = await ctx.db.$transaction(
        (tx) =>
          spec.run({
            tx,
            input,
            user: ctx.user,
            row: null,
            now: ctx.now(),
            audit: (entry) => recordAudit(tx, { ...entry, actorUserId: ctx.user?.userId ?? null }),
          }),
        TX_OPTIONS,
      );
      for (const path of spec.revalidate?.({ input, data }) ?? []) ctx.revalidate(path);
      return { ok: true, data };
    } catch (error) {
      return toResult(error, spec.name);
    }
  };
}
