import {
  acceptInvite,
  addMembership,
  completeReset,
  createJobcenter,
  createUnit,
  inviteUser,
  removeMembership,
  resendInvite,
  resetPassword,
  setUserActive,
  updateJobcenter,
  updateUnit,
  updateUser,
} from "../../../src/features/admin/actions";
import { linkToken } from "../../support/admin";
import { entry } from "../../support/matrix";
import { personaNames, type World } from "../../support/world";

// Only admins manage people, roles, Jobcenters and units. The invitation and reset pages are
// public: anyone holding a live link may use it, signed in as anyone or not (a used, expired or
// wrong-kind link answers NOT_FOUND: tests/db/admin/users.test.ts).
let n = 0;
const uniq = () => `${Date.now().toString(36)}${(n++).toString(36)}`;
const staffUser = (w: World) =>
  w.db.user.create({ data: { email: `matrix.${uniq()}@test.fi`, name: "Matti Matriisi", memberships: { create: [{ role: "UNIT_STAFF", unitId: w.unitD2.id }] } } });

export const entries = [
  entry({
    name: "admin.inviteUser",
    call: inviteUser,
    input: (w) => ({ email: `kutsu.${uniq()}@test.fi`, name: "Kerttu Kutsuttu", role: "UNIT_STAFF" as const, unitId: w.unitD2.id }),
    allowed: ["admin"],
  }),
  entry({ name: "admin.updateUser", call: updateUser, input: async (w) => ({ userId: (await staffUser(w)).id, name: "Uusi Nimi", phone: "040 111 2222" }), allowed: ["admin"] }),
  entry({ name: "admin.resendInvite", call: resendInvite, input: async (w) => ({ userId: (await staffUser(w)).id }), allowed: ["admin"] }),
  entry({ name: "admin.resetPassword", call: resetPassword, input: async (w) => ({ userId: (await staffUser(w)).id }), allowed: ["admin"] }),
  entry({ name: "admin.setUserActive", call: setUserActive, input: async (w) => ({ userId: (await staffUser(w)).id, active: false }), allowed: ["admin"] }),
  entry({
    name: "admin.addMembership",
    call: addMembership,
    input: async (w) => ({ userId: (await staffUser(w)).id, role: "COORDINATOR" as const, jobcenterId: w.jobcenterD.id }),
    allowed: ["admin"],
  }),
  entry({
    name: "admin.removeMembership",
    call: removeMembership,
    input: async (w) => {
      const u = await staffUser(w);
      const m = await w.db.membership.findFirstOrThrow({ where: { userId: u.id } });
      return { membershipId: m.id };
    },
    allowed: ["admin"],
  }),
  entry({
    name: "admin.createJobcenter",
    call: createJobcenter,
    input: () => ({ name: "Uusi Työkeskus", slug: `uusi-${uniq()}`, kind: "DISABILITY_WORK_ACTIVITY" as const, contractModels: ["EMPLOYMENT" as const] }),
    allowed: ["admin"],
  }),
  entry({
    name: "admin.updateJobcenter",
    call: updateJobcenter,
    input: async (w) => {
      const jc = await w.db.jobcenter.create({ data: { name: "Muokattava", slug: `muokattava-${uniq()}`, kind: "DISABILITY_WORK_ACTIVITY", contractModels: ["EMPLOYMENT"] } });
      return { jobcenterId: jc.id, name: "Muokattu", slug: jc.slug, kind: jc.kind, contractModels: ["EMPLOYMENT" as const, "COMMISSION" as const], blockCommissionForUnemploymentBenefit: false, active: true };
    },
    allowed: ["admin"],
  }),
  entry({ name: "admin.createUnit", call: createUnit, input: (w) => ({ jobcenterId: w.jobcenterR.id, name: `Yksikkö ${uniq()}` }), allowed: ["admin"] }),
  entry({
    name: "admin.updateUnit",
    call: updateUnit,
    input: async (w) => {
      const unit = await w.db.unit.create({ data: { jobcenterId: w.jobcenterR.id, name: "Väliaikainen" } });
      return { unitId: unit.id, name: "Väliaikainen 2", active: false };
    },
    allowed: ["admin"],
  }),
  entry({
    name: "admin.acceptInvite",
    call: acceptInvite,
    input: async (w) => ({ token: await linkToken(w, "INVITE"), password: "pitka-salasana-1", confirm: "pitka-salasana-1" }),
    allowed: personaNames,
  }),
  entry({
    name: "admin.completeReset",
    call: completeReset,
    input: async (w) => ({ token: await linkToken(w, "PASSWORD_RESET"), password: "pitka-salasana-1", confirm: "pitka-salasana-1" }),
    allowed: personaNames,
  }),
];
