import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptInvite, addMembership, completeReset, inviteUser, removeMembership, resendInvite, resetPassword, setUserActive, updateUser } from "../../../src/features/admin/actions";
import { hashToken } from "../../../src/lib/hash";
import { findTokenForPage } from "../../../src/features/admin/queries";
import { signInStaff } from "../../../src/features/auth/mutations";
import { issueSessionToken, loadSessionUser } from "../../../src/features/auth/session";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { as, TEST_PASSWORD, type World } from "../../support/world";

let tdb: TestDatabase;
let w: World;

beforeAll(async () => {
  ({ tdb, world: w } = await createTestWorld());
});
afterAll(async () => tdb?.close());

const tokenOf = (path: string) => path.split("/").pop()!;
const session = async (userId: string, sv: number) => loadSessionUser(w.db, await issueSessionToken(w.db, { id: userId, sessionVersion: sv }, "staff"));

describe("invitations", () => {
  it("creates the person with the role, stores only a hash of the link and puts the email in the outbox", async () => {
    const r = await as(w, "admin", () => inviteUser({ email: "Uusi.Ohjaaja@Test.fi", name: "Uusi Ohjaaja", role: "UNIT_STAFF", unitId: w.unitD2.id }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.path).toMatch(/^\/invite\/[\w-]{40,}$/);
    const token = tokenOf(r.data.path);
    const user = await w.db.user.findUniqueOrThrow({ where: { email: "uusi.ohjaaja@test.fi" }, include: { memberships: true, authTokens: true } });
    expect(user.passwordHash).toBeNull();
    expect(user.memberships).toMatchObject([{ role: "UNIT_STAFF", unitId: w.unitD2.id, jobcenterId: null, active: true }]);
    expect(user.authTokens).toHaveLength(1);
    expect(user.authTokens[0]!.tokenHash).toBe(hashToken(token));
    expect(user.authTokens[0]!.tokenHash).not.toContain(token);
    const days = (user.authTokens[0]!.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    const mail = await w.db.outboxMessage.findFirstOrThrow({ where: { to: "uusi.ohjaaja@test.fi" } });
    expect(mail.body).toContain(r.data.path);
    expect(await w.db.auditEvent.count({ where: { action: "user.invite", entityId: user.id, actorUserId: w.users.admin.id } })).toBe(1);

    // The person sets a password once and can sign in.
    expect(await findTokenForPage(w.db, token, "INVITE", new Date())).toMatchObject({ name: "Uusi Ohjaaja" });
    const short = await as(w, "anonymous", () => acceptInvite({ token, password: "lyhyt", confirm: "lyhyt" }));
    expect(short).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { password: "password" } });
    const mismatch = await as(w, "anonymous", () => acceptInvite({ token, password: "hyva-salasana-1", confirm: "hyva-salasana-2" }));
    expect(mismatch).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { confirm: "invalid" } });
    expect((await as(w, "anonymous", () => acceptInvite({ token, password: "hyva-salasana-1", confirm: "hyva-salasana-1" }))).ok).toBe(true);
    expect((await signInStaff(w.db, "uusi.ohjaaja@test.fi", "hyva-salasana-1", "10.2.0.1")).ok).toBe(true);
    expect(await w.db.auditEvent.count({ where: { action: "user.acceptInvite", actorUserId: user.id } })).toBe(1);

    // A used link does nothing.
    const again = await as(w, "anonymous", () => acceptInvite({ token, password: "toinen-salasana", confirm: "toinen-salasana" }));
    expect(again).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect((await signInStaff(w.db, "uusi.ohjaaja@test.fi", "toinen-salasana", "10.2.0.2")).ok).toBe(false);
    expect(await findTokenForPage(w.db, token, "INVITE", new Date())).toBeNull();
  });

  it("refuses an email that is already in use", async () => {
    const r = await as(w, "admin", () => inviteUser({ email: w.users.coordinatorD.email!, name: "Tupla", role: "ADMIN" }));
    expect(r).toMatchObject({ ok: false, error: "RULE_VIOLATION", rule: "EMAIL_TAKEN" });
  });

  it("needs the organisation the role belongs to", async () => {
    const r = await as(w, "admin", () => inviteUser({ email: "ilman.yksikkoa@test.fi", name: "Ilman Yksikköä", role: "UNIT_STAFF" }));
    expect(r).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    expect(await w.db.user.count({ where: { email: "ilman.yksikkoa@test.fi" } })).toBe(0);
  });

  it("does nothing with an expired link, and a new invitation ends the old link", async () => {
    const r = await as(w, "admin", () => inviteUser({ email: "vanheneva@test.fi", name: "Vanheneva Kutsu", role: "COORDINATOR", jobcenterId: w.jobcenterR.id }));
    if (!r.ok) throw new Error(r.error);
    const token = tokenOf(r.data.path);
    const eightDaysLater = new Date(Date.now() + 8 * 86_400_000);
    const late = await as(w, "anonymous", () => acceptInvite({ token, password: "hyva-salasana-1", confirm: "hyva-salasana-1" }), eightDaysLater);
    expect(late).toMatchObject({ ok: false, error: "NOT_FOUND" });
    const again = await as(w, "admin", () => resendInvite({ userId: r.data.userId }));
    if (!again.ok) throw new Error(again.error);
    const old = await as(w, "anonymous", () => acceptInvite({ token, password: "hyva-salasana-1", confirm: "hyva-salasana-1" }));
    expect(old).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await w.db.user.findUniqueOrThrow({ where: { id: r.data.userId } }).then((u) => u.passwordHash)).toBeNull();
    const fresh = await as(w, "anonymous", () => acceptInvite({ token: tokenOf(again.data.path), password: "hyva-salasana-1", confirm: "hyva-salasana-1" }));
    expect(fresh.ok).toBe(true);
  });
});

describe("password reset", () => {
  it("ends the person's sessions and old password at once, and the link sets a new one", async () => {
    const userId = w.users.ordererY.id;
    expect(await session(userId, 0)).not.toBeNull();
    const r = await as(w, "admin", () => resetPassword({ userId }));
    if (!r.ok) throw new Error(r.error);
    expect(r.data.path).toMatch(/^\/reset\//);
    expect(await session(userId, 0)).toBeNull();
    expect((await signInStaff(w.db, w.users.ordererY.email!, TEST_PASSWORD, "10.2.1.1")).ok).toBe(false);
    const token = await w.db.authToken.findFirstOrThrow({ where: { userId, kind: "PASSWORD_RESET" } });
    const hours = (token.expiresAt.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);

    // A reset link is not an invitation link.
    const wrongKind = await as(w, "anonymous", () => acceptInvite({ token: tokenOf(r.data.path), password: "uusi-salasana-1", confirm: "uusi-salasana-1" }));
    expect(wrongKind).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect((await as(w, "anonymous", () => completeReset({ token: tokenOf(r.data.path), password: "uusi-salasana-1", confirm: "uusi-salasana-1" }))).ok).toBe(true);
    expect((await signInStaff(w.db, w.users.ordererY.email!, "uusi-salasana-1", "10.2.1.2")).ok).toBe(true);
    expect(await w.db.auditEvent.count({ where: { action: "user.resetPassword", entityId: userId } })).toBe(1);
  });
});

describe("deactivation and roles", () => {
  it("deactivates a person, ending their sessions, and can bring them back", async () => {
    const userId = w.users.staffR1.id;
    const before = await w.db.user.findUniqueOrThrow({ where: { id: userId } });
    const r = await as(w, "admin", () => setUserActive({ userId, active: false }));
    expect(r.ok).toBe(true);
    const after = await w.db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(after.active).toBe(false);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await session(userId, before.sessionVersion)).toBeNull();
    expect((await signInStaff(w.db, w.users.staffR1.email!, TEST_PASSWORD, "10.2.2.1")).ok).toBe(false);
    expect((await as(w, "admin", () => setUserActive({ userId, active: true }))).ok).toBe(true);
    expect((await signInStaff(w.db, w.users.staffR1.email!, TEST_PASSWORD, "10.2.2.2")).ok).toBe(true);
    expect(await w.db.auditEvent.count({ where: { entityId: userId, action: { in: ["user.deactivate", "user.reactivate"] } } })).toBe(2);
  });

  it("never deactivates or removes the last active admin (LAST_ADMIN)", async () => {
    const adminId = w.users.admin.id;
    expect(await as(w, "admin", () => setUserActive({ userId: adminId, active: false }))).toMatchObject({ ok: false, error: "RULE_VIOLATION", rule: "LAST_ADMIN" });
    const adminMembership = await w.db.membership.findFirstOrThrow({ where: { userId: adminId, role: "ADMIN" } });
    expect(await as(w, "admin", () => removeMembership({ membershipId: adminMembership.id }))).toMatchObject({ ok: false, error: "RULE_VIOLATION", rule: "LAST_ADMIN" });
    expect(await w.db.user.findUniqueOrThrow({ where: { id: adminId } })).toMatchObject({ active: true, sessionVersion: 0 });

    // With a second active admin, the first may go.
    const second = await as(w, "admin", () => addMembership({ userId: w.users.coordinatorR.id, role: "ADMIN" }));
    if (!second.ok) throw new Error(second.error);
    expect((await as(w, "admin", () => removeMembership({ membershipId: adminMembership.id }))).ok).toBe(true);
    // ... but then the second one is the last.
    expect(await as(w, "admin", () => removeMembership({ membershipId: second.data.membershipId }))).toMatchObject({ ok: false, rule: "LAST_ADMIN" });
    // Put things back for the other tests.
    expect((await as(w, "admin", () => addMembership({ userId: adminId, role: "ADMIN" }))).ok).toBe(true);
    expect((await as(w, "admin", () => removeMembership({ membershipId: second.data.membershipId }))).ok).toBe(true);
    expect(await w.db.membership.count({ where: { userId: adminId, role: "ADMIN", active: true } })).toBe(1);
  });

  it("adds and removes role memberships; the person's grants follow at once", async () => {
    const userId = w.users.staffD1.id;
    const add = await as(w, "admin", () => addMembership({ userId, role: "COORDINATOR", jobcenterId: w.jobcenterD.id, unitId: w.unitD1.id }));
    if (!add.ok) throw new Error(add.error);
    const m = await w.db.membership.findUniqueOrThrow({ where: { id: add.data.membershipId } });
    expect(m).toMatchObject({ role: "COORDINATOR", jobcenterId: w.jobcenterD.id, unitId: null });
    expect((await session(userId, 0))?.grants.some((g) => g.role === "COORDINATOR" && g.jobcenterId === w.jobcenterD.id)).toBe(true);
    // Adding the same again is harmless.
    const twice = await as(w, "admin", () => addMembership({ userId, role: "COORDINATOR", jobcenterId: w.jobcenterD.id }));
    expect(twice).toMatchObject({ ok: true, data: { membershipId: add.data.membershipId } });
    expect((await as(w, "admin", () => removeMembership({ membershipId: add.data.membershipId }))).ok).toBe(true);
    expect((await session(userId, 0))?.grants.some((g) => g.role === "COORDINATOR")).toBe(false);
    expect(await as(w, "admin", () => removeMembership({ membershipId: add.data.membershipId }))).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await as(w, "admin", () => addMembership({ userId, role: "ORDERER_CONTACT", ordererId: "no-such-orderer" }))).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await w.db.auditEvent.count({ where: { action: { in: ["membership.add", "membership.remove"] }, details: { path: ["userId"], equals: userId } } })).toBe(3);
  });

  it("edits a person's name and phone, but not a client's account", async () => {
    expect((await as(w, "admin", () => updateUser({ userId: w.users.ordererX.id, name: "Tiina Tilaaja-Uusi", phone: "040 765 4321" }))).ok).toBe(true);
    expect(await w.db.user.findUniqueOrThrow({ where: { id: w.users.ordererX.id } })).toMatchObject({ name: "Tiina Tilaaja-Uusi", phone: "040 765 4321" });
    expect(await as(w, "admin", () => updateUser({ userId: w.users.clientD1.id, name: "Ei Näin" }))).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await as(w, "admin", () => updateUser({ userId: w.users.ordererX.id, name: "Tiina", phone: "soita" }))).toMatchObject({ ok: false, fieldErrors: { phone: "phone" } });
  });
});
