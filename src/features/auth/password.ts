import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from "node:crypto";

// scrypt is memory-hard and built into Node: no native add-on to install. The parameters are
// stored with each hash, so they can be raised later without breaking old hashes.
export interface HashCost {
  N: number;
  r: number;
  p: number;
}
export const DEFAULT_COST: Readonly<HashCost> = Object.freeze({ N: 2 ** 15, r: 8, p: 1 }); // 32 MiB of memory per hash

// The cost of a hash made without one. Only the database tests lower it
// (tests/support/cheap-hashes.ts): they check the flows, not the cost, and a strong hash per
// sign-up or reset adds up to seconds there.
let costWhenUnset: Readonly<HashCost> = DEFAULT_COST;

/** For tests only: hashes made without a cost use this one. Refused in production. */
export function setDefaultHashCostForTests(cost: Readonly<HashCost>): void {
  if (process.env.NODE_ENV === "production") throw new Error("The hash cost is fixed in production");
  costWhenUnset = cost;
}

function scrypt(secret: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(secret.normalize("NFKC"), salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

function maxmem(cost: HashCost): number {
  return 256 * cost.N * cost.r + 1024 * 1024;
}

export async function hashSecret(secret: string, cost: Readonly<HashCost> = costWhenUnset): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(secret, salt, 32, { ...cost, maxmem: maxmem(cost) });
  return ["scrypt", cost.N, cost.r, cost.p, salt.toString("base64"), key.toString("base64")].join("$");
}

export async function verifySecret(secret: string, stored: string | null | undefined): Promise<boolean> {
  if (!stored) return false;
  const [scheme, n, r, p, saltB64, keyB64] = stored.split("$");
  if (scheme !== "scrypt" || !saltB64 || !keyB64) return false;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  const expected = Buffer.from(keyB64, "base64");
  const actual = await scrypt(secret, Buffer.from(saltB64, "base64"), expected.length, { ...cost, maxmem: maxmem(cost) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A PIN for a client: six digits, easy to type on a phone keypad. */
export function generatePin(): string {
  return String(randomBytes(4).readUInt32BE() % 1_000_000).padStart(6, "0");
}

/** A URL-safe random token (invitations, password resets). */
export function generateToken(): string {
  return randomBytes(32).toString("base64url");
}
