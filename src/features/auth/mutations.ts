import type { Db } from "@/server/db";
import { verifySecret } from "./password";
import { clearLimit, isLocked, recordFailure, SIGN_IN_IP_POLICY, SIGN_IN_POLICY } from "./rate-limit";

export type SignInResult =
  | { ok: true; user: { id: string; name: string; sessionVersion: number } }
  | { ok: false; error: "INVALID_CREDENTIALS" | "LOCKED" };

// A fixed hash to compare against when the account does not exist, so that the answer takes
// as long either way and does not tell which emails have accounts.
const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

async function checkCredentials(
  db: Db,
  kind: "staff" | "client",
  identifier: string,
  secret: string,
  ip: string,
  find: () => Promise<{ id: string; name: string; sessionVersion: number; active: boolean; hash: string | null } | null>,
): Promise<SignInResult> {
  const accountKey = `signin:${kind}:${identifier}`;
  const ipKey = `signin:ip:${ip}`;
  if ((await isLocked(db, accountKey)) || (await isLocked(db, ipKey))) return { ok: false, error: "LOCKED" };
  const account = await find();
  const valid = await verifySecret(secret, account?.hash ?? DUMMY_HASH);
  if (!account || !account.active || !valid) {
    const lockedNow = await recordFailure(db, accountKey, SIGN_IN_POLICY);
    await recordFailure(db, ipKey, SIGN_IN_IP_POLICY);
    return { ok: false, error: lockedNow ? "LOCKED" : "INVALID_CREDENTIALS" };
  }
  await clearLimit(db, accountKey);
  await db.user.update({ where: { id: account.id }, data: { lastSignInAt: new Date() } });
  return { ok: true, user: { id: account.id, name: account.name, sessionVersion: account.sessionVersion } };
}

export function signInStaff(db: Db, email: string, password: string, ip: string): Promise<SignInResult> {
  return checkCredentials(db, "staff", email, password, ip, async () => {
    const u = await db.user.findUnique({ where: { email } });
    return u && { id: u.id, name: u.name, sessionVersion: u.sessionVersion, active: u.active, hash: u.passwordHash };
  });
}

export function signInClient(db: Db, username: string, pin: string, ip: string): Promise<SignInResult> {
  return checkCredentials(db, "client", username, pin, ip, async () => {
    const u = await db.user.findUnique({ where: { clientUsername: username }, include: { client: true } });
    return (
      u && {
        id: u.id,
        name: u.name,
        sessionVersion: u.sessionVersion,
        active: u.active && !!u.client?.active,
        hash: u.pinHash,
      }
    );
  });
}
