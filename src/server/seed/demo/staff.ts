import { randomBytes } from "node:crypto";
import { hashToken } from "@/lib/hash";
import type { Prisma } from "@/generated/prisma/client";
import { DEMO_STAFF } from "../demo-accounts";
import { DAY, type SeedContext } from "./context";
import type { JobcenterKey, Organisations } from "./jobcenters";

const FORMER_STAFF_EMAIL = "mikko.mattila@aikuissosiaalityo.demo";

export type Person = { id: string; name: string };
export type StaffUsers = Awaited<ReturnType<typeof seedStaff>>;

export type StaffUserFactory = ReturnType<typeof staffUserFactory>;

/** Creates staff and orderer accounts that share the demo password and signed in two days ago. */
export function staffUserFactory(ctx: SeedContext, passwordHash: string) {
  return (
    email: string,
    name: string,
    memberships: Prisma.MembershipUncheckedCreateWithoutUserInput[],
    extra: Partial<Prisma.UserUncheckedCreateInput> = {},
  ) =>
    ctx.tx.user.create({
      // Their email addresses were confirmed when they set their passwords (ADR 055).
      data: { email, name, passwordHash, emailVerifiedAt: ctx.ago(60 * DAY), lastSignInAt: ctx.ago(2 * DAY), memberships: { create: memberships }, ...extra },
    });
}

/** The admin, a coordinator per Jobcenter, a staff member per unit, and two accounts for the admin pages. */
export async function seedStaff(ctx: SeedContext, staffUser: StaffUserFactory, passwordHash: string, { jobcenters, units }: Organisations) {
  const admin = await staffUser(DEMO_STAFF.admin.email, DEMO_STAFF.admin.name, [{ role: "ADMIN" }]);
  const coordinator: Record<JobcenterKey, Person> = {
    D: await staffUser(DEMO_STAFF.coordinatorDisability.email, DEMO_STAFF.coordinatorDisability.name, [{ role: "COORDINATOR", jobcenterId: jobcenters.D.id }], { phone: "09 310 40010" }),
    R: await staffUser(DEMO_STAFF.coordinatorRehabilitative.email, DEMO_STAFF.coordinatorRehabilitative.name, [{ role: "COORDINATOR", jobcenterId: jobcenters.R.id }], { phone: "09 310 50010" }),
  };
  await staffUser(DEMO_STAFF.managerDisability.email, DEMO_STAFF.managerDisability.name, [{ role: "MANAGER", jobcenterId: jobcenters.D.id }]);
  // unitStaff[jc][i] works in units[jc][i]; the last one of R also covers a second unit.
  const unitStaff: Record<JobcenterKey, Person[]> = {
    D: [
      await staffUser(DEMO_STAFF.staffDisability.email, DEMO_STAFF.staffDisability.name, [{ role: "UNIT_STAFF", unitId: units.D[0]!.id }]),
      await staffUser("ohjaaja.verstas@vammaiset.demo", "Veera Virtanen", [{ role: "UNIT_STAFF", unitId: units.D[1]!.id }]),
      await staffUser("ohjaaja.puutarha@vammaiset.demo", "Paula Peltola", [{ role: "UNIT_STAFF", unitId: units.D[2]!.id }]),
    ],
    R: [
      await staffUser(DEMO_STAFF.staffRehabilitative.email, DEMO_STAFF.staffRehabilitative.name, [{ role: "UNIT_STAFF", unitId: units.R[0]!.id }]),
      await staffUser("ohjaaja.lansi@aikuissosiaalityo.demo", "Lauri Lampinen", [{ role: "UNIT_STAFF", unitId: units.R[1]!.id }]),
      await staffUser("ohjaaja.keskusta@aikuissosiaalityo.demo", "Kirsi Kallio", [
        { role: "UNIT_STAFF", unitId: units.R[2]!.id },
        { role: "UNIT_STAFF", unitId: units.R[1]!.id },
      ]),
    ],
  };
  await seedFormerStaff(ctx, passwordHash, units.R[1]!.id);
  const invited = await seedInvitation(ctx, units.D[1]!.id);
  // The admin's actions behind those two accounts.
  await ctx.tx.auditEvent.createMany({
    data: [
      { actorUserId: admin.id, action: "user.invite", entityType: "User", entityId: invited.id, createdAt: ctx.ago(DAY) },
      { actorUserId: admin.id, action: "user.deactivate", entityType: "User", entityId: null, details: { email: FORMER_STAFF_EMAIL }, createdAt: ctx.ago(20 * DAY) },
    ],
  });
  return { admin, coordinator, unitStaff };
}

/** A deactivated staff member: signed out everywhere (session version bumped). */
async function seedFormerStaff(ctx: SeedContext, passwordHash: string, unitId: string) {
  await ctx.tx.user.create({
    data: {
      email: FORMER_STAFF_EMAIL,
      name: "Mikko Mattila",
      passwordHash,
      emailVerifiedAt: ctx.ago(200 * DAY),
      active: false,
      sessionVersion: 1,
      memberships: { create: [{ role: "UNIT_STAFF", unitId }] },
    },
  });
}

/** An invited staff member who has not set a password yet, with the invitation e-mail. */
async function seedInvitation(ctx: SeedContext, unitId: string) {
  const { tx, now, ago } = ctx;
  const invited = await tx.user.create({
    data: { email: "jari.jarvinen@vammaiset.demo", name: "Jari Järvinen", memberships: { create: [{ role: "UNIT_STAFF", unitId }] } },
  });
  const inviteToken = randomBytes(32).toString("base64url");
  await tx.authToken.create({
    data: { userId: invited.id, kind: "INVITE", tokenHash: hashToken(inviteToken), expiresAt: new Date(now.getTime() + 6 * DAY), createdAt: ago(DAY) },
  });
  await tx.outboxMessage.create({
    data: {
      to: invited.email!,
      subject: "Kutsu Täsmätyöhön",
      body: `Hei Jari Järvinen,\n\nsinut on kutsuttu Täsmätyöhön. Aseta salasana tästä linkistä:\n/invite/${inviteToken}\n\nLinkki on voimassa 7 päivää.`,
      createdAt: ago(DAY),
    },
  });
  return invited;
}
