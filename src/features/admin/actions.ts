"use server";

import { recordAudit } from "@/features/audit/mutations";
import { defineAction, definePublicAction, type Tx } from "@/server/action";
import { ActionError, ruleViolation } from "@/server/errors";
import {
  clearPassword,
  consumePasswordToken,
  createJobcenter as createJobcenterRow,
  createStaffUser,
  createUnit as createUnitRow,
  deactivateMembership,
  grantMembership,
  issueToken,
  setUserActive as setActive,
  updateJobcenter as updateJobcenterRow,
  updateStaffUser,
  updateUnit as updateUnitRow,
} from "./mutations";
import { activeAdminIds, emailTaken, findJobcenter, findMembership, findStaffUser, findUnit, organisationsExist } from "./queries";
import { defaultBlockCommission, normalizeMembership, wouldRemoveLastAdmin, type MembershipInput } from "./rules";
import {
  addMembershipSchema,
  createJobcenterSchema,
  createUnitSchema,
  inviteUserSchema,
  membershipIdSchema,
  setUserActiveSchema,
  tokenPasswordSchema,
  updateJobcenterSchema,
  updateUnitSchema,
  updateUserSchema,
  userIdSchema,
} from "./schema";

// The admin area: people and their roles, Jobcenters and units. Every change is audited.
// Invitations and resets make a one-time link (docs/decisions/010-invitations-and-resets.md).

async function loadStaffUser(tx: Tx, userId: string) {
  const user = await findStaffUser(tx, userId);
  return user && { target: {}, row: user };
}

/** The membership's organisation must exist; returns the normalized membership or throws. */
async function checkMembership(tx: Tx, input: MembershipInput) {
  const m = normalizeMembership(input);
  if (!m) throw new ActionError("INVALID_INPUT");
  if (!(await organisationsExist(tx, m))) throw new ActionError("NOT_FOUND");
  return m;
}

export const inviteUser = defineAction({
  name: "admin.inviteUser",
  input: inviteUserSchema,
  permission: "user.manage",
  load: async () => ({ target: {}, row: null }),
  run: async ({ tx, input, now, audit }) => {
    if (await emailTaken(tx, input.email)) throw ruleViolation("EMAIL_TAKEN");
    const m = await checkMembership(tx, input);
    const user = await createStaffUser(tx, { email: input.email, name: input.name, phone: input.phone });
    await grantMembership(tx, user.id, m);
    const link = await issueToken(tx, { userId: user.id, email: input.email, name: input.name, kind: "INVITE", now });
    await audit({ action: "user.invite", entityType: "User", entityId: user.id, details: { email: input.email, ...m } });
    return { userId: user.id, path: link.path, expiresAt: link.expiresAt.toISOString() };
  },
  revalidate: () => ["/admin/users"],
});

export const updateUser = defineAction({
  name: "admin.updateUser",
  input: updateUserSchema,
  permission: "user.manage",
  load: ({ tx, input }) => loadStaffUser(tx, input.userId),
  run: async ({ tx, input, row, audit }) => {
    await updateStaffUser(tx, row.id, { name: input.name, phone: input.phone });
    await audit({ action: "user.update", entityType: "User", entityId: row.id, details: { name: input.name, phone: input.phone } });
    return { userId: row.id };
  },
  revalidate: ({ input }) => ["/admin/users", `/admin/users/${input.userId}`],
});

export const resendInvite = defineAction({
  name: "admin.resendInvite",
  input: userIdSchema,
  permission: "user.manage",
  load: ({ tx, input }) => loadStaffUser(tx, input.userId),
  run: async ({ tx, row, now, audit }) => {
    if (!row.active || !row.email) throw ruleViolation("INVALID_STATE");
    const link = await issueToken(tx, { userId: row.id, email: row.email, name: row.name, kind: "INVITE", now });
    await audit({ action: "user.invite", entityType: "User", entityId: row.id, details: { resend: true } });
    return { path: link.path, expiresAt: link.expiresAt.toISOString() };
  },
  revalidate: ({ input }) => [`/admin/users/${input.userId}`],
});

export const resetPassword = defineAction({
  name: "admin.resetPassword",
  input: userIdSchema,
  permission: "user.manage",
  load: ({ tx, input }) => loadStaffUser(tx, input.userId),
  run: async ({ tx, row, now, audit }) => {
    if (!row.active || !row.email) throw ruleViolation("INVALID_STATE");
    await clearPassword(tx, row.id);
    const link = await issueToken(tx, { userId: row.id, email: row.email, name: row.name, kind: "PASSWORD_RESET", now });
    await audit({ action: "user.resetPassword", entityType: "User", entityId: row.id });
    return { path: link.path, expiresAt: link.expiresAt.toISOString() };
  },
  revalidate: ({ input }) => [`/admin/users/${input.userId}`],
});

export const setUserActive = defineAction({
  name: "admin.setUserActive",
  input: setUserActiveSchema,
  permission: "user.manage",
  load: ({ tx, input }) => loadStaffUser(tx, input.userId),
  run: async ({ tx, input, row, audit }) => {
    if (row.active === input.active) return { userId: row.id };
    if (!input.active && wouldRemoveLastAdmin(await activeAdminIds(tx), row.id)) throw ruleViolation("LAST_ADMIN");
    await setActive(tx, row.id, input.active);
    await audit({ action: input.active ? "user.reactivate" : "user.deactivate", entityType: "User", entityId: row.id });
    return { userId: row.id };
  },
  revalidate: ({ input }) => ["/admin/users", `/admin/users/${input.userId}`],
});

export const addMembership = defineAction({
  name: "admin.addMembership",
  input: addMembershipSchema,
  permission: "user.manage",
  load: ({ tx, input }) => loadStaffUser(tx, input.userId),
  run: async ({ tx, input, row, audit }) => {
    const m = await checkMembership(tx, input);
    const id = await grantMembership(tx, row.id, m);
    await audit({ action: "membership.add", entityType: "Membership", entityId: id, details: { userId: row.id, ...m } });
    return { membershipId: id };
  },
  revalidate: ({ input }) => ["/admin/users", `/admin/users/${input.userId}`],
});

export const removeMembership = defineAction({
  name: "admin.removeMembership",
  input: membershipIdSchema,
  permission: "user.manage",
  load: async ({ tx, input }) => {
    const m = await findMembership(tx, input.membershipId);
    return m && m.active ? { target: {}, row: m } : null;
  },
  run: async ({ tx, row, audit }) => {
    if (row.role === "ADMIN" && wouldRemoveLastAdmin(await activeAdminIds(tx), row.userId)) {
      // The person may hold ADMIN once; removing it from the only active admin is not allowed.
      throw ruleViolation("LAST_ADMIN");
    }
    await deactivateMembership(tx, row.id);
    await audit({
      action: "membership.remove",
      entityType: "Membership",
      entityId: row.id,
      details: { userId: row.userId, role: row.role, jobcenterId: row.jobcenterId, unitId: row.unitId, ordererId: row.ordererId },
    });
    return { userId: row.userId };
  },
  revalidate: ({ data }) => ["/admin/users", `/admin/users/${data.userId}`],
});

// ───────────── Jobcenters and units ─────────────

export const createJobcenter = defineAction({
  name: "admin.createJobcenter",
  input: createJobcenterSchema,
  permission: "jobcenter.manage",
  load: async () => ({ target: {}, row: null }),
  run: async ({ tx, input, audit }) => {
    const jc = await createJobcenterRow(tx, {
      name: input.name,
      slug: input.slug,
      kind: input.kind,
      contractModels: [...new Set(input.contractModels)],
      blockCommissionForUnemploymentBenefit: input.blockCommissionForUnemploymentBenefit ?? defaultBlockCommission(input.kind),
      email: input.email,
      phone: input.phone,
    });
    await audit({ action: "jobcenter.create", entityType: "Jobcenter", entityId: jc.id, details: { name: jc.name, slug: jc.slug, kind: jc.kind } });
    return { jobcenterId: jc.id };
  },
  revalidate: () => ["/admin/jobcenters"],
});

export const updateJobcenter = defineAction({
  name: "admin.updateJobcenter",
  input: updateJobcenterSchema,
  permission: "jobcenter.manage",
  load: async ({ tx, input }) => {
    const jc = await findJobcenter(tx, input.jobcenterId);
    return jc && { target: { jobcenterId: jc.id }, row: jc };
  },
  run: async ({ tx, input, row, audit }) => {
    const data = {
      name: input.name,
      slug: input.slug,
      kind: input.kind,
      contractModels: [...new Set(input.contractModels)],
      blockCommissionForUnemploymentBenefit: input.blockCommissionForUnemploymentBenefit,
      email: input.email,
      phone: input.phone,
      active: input.active,
    };
    await updateJobcenterRow(tx, row.id, data);
    const changed = Object.fromEntries(
      Object.entries(data).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify((row as Record<string, unknown>)[k])),
    );
    await audit({ action: "jobcenter.update", entityType: "Jobcenter", entityId: row.id, details: changed });
    return { jobcenterId: row.id };
  },
  revalidate: ({ input }) => ["/admin/jobcenters", `/admin/jobcenters/${input.jobcenterId}`],
});

export const createUnit = defineAction({
  name: "admin.createUnit",
  input: createUnitSchema,
  permission: "unit.manage",
  load: async ({ tx, input }) => {
    const jc = await findJobcenter(tx, input.jobcenterId);
    return jc && { target: { jobcenterId: jc.id }, row: jc };
  },
  run: async ({ tx, input, row, audit }) => {
    const unit = await createUnitRow(tx, row.id, { name: input.name, address: input.address, area: input.area, phone: input.phone, email: input.email });
    await audit({ action: "unit.create", entityType: "Unit", entityId: unit.id, details: { jobcenterId: row.id, name: unit.name } });
    return { unitId: unit.id };
  },
  revalidate: ({ input }) => [`/admin/jobcenters/${input.jobcenterId}`],
});

export const updateUnit = defineAction({
  name: "admin.updateUnit",
  input: updateUnitSchema,
  permission: "unit.manage",
  load: async ({ tx, input }) => {
    const unit = await findUnit(tx, input.unitId);
    return unit && { target: { jobcenterId: unit.jobcenterId, unitId: unit.id }, row: unit };
  },
  run: async ({ tx, input, row, audit }) => {
    const data = { name: input.name, address: input.address, area: input.area, phone: input.phone, email: input.email, active: input.active };
    await updateUnitRow(tx, row.id, data);
    const changed = Object.fromEntries(Object.entries(data).filter(([k, v]) => v !== (row as Record<string, unknown>)[k]));
    await audit({
      action: row.active && !input.active ? "unit.deactivate" : "unit.update",
      entityType: "Unit",
      entityId: row.id,
      details: changed,
    });
    return { unitId: row.id, jobcenterId: row.jobcenterId };
  },
  revalidate: ({ data }) => [`/admin/jobcenters/${data.jobcenterId}`],
});

// ───────────── public: invitations and resets ─────────────

function tokenAction(kind: "INVITE" | "PASSWORD_RESET") {
  return definePublicAction({
    name: kind === "INVITE" ? "admin.acceptInvite" : "admin.completeReset",
    input: tokenPasswordSchema,
    // Links carry 256-bit tokens; this stops guessing and hashing floods, not people.
    rateLimit: { points: 10, durationSeconds: 900 },
    run: async ({ tx, input, now }) => {
      const userId = await consumePasswordToken(tx, { token: input.token, kind, password: input.password, now });
      // An unknown, used or expired link changes nothing.
      if (!userId) throw new ActionError("NOT_FOUND");
      // The person who set the password is the actor, whoever else may be signed in.
      await recordAudit(tx, { actorUserId: userId, action: kind === "INVITE" ? "user.acceptInvite" : "user.completeReset", entityType: "User", entityId: userId });
      return { ok: true as const };
    },
  });
}
export const acceptInvite = tokenAction("INVITE");
export const completeReset = tokenAction("PASSWORD_RESET");
