import { z } from "zod";
import { ContractModel, JobcenterKind, Role } from "@/generated/prisma/enums";
import { day, email, id, optionalText, password, requiredText, text } from "@/lib/schema";
import { MIN_PASSWORD_LENGTH } from "./rules";

const phone = text(40)
  .refine((v) => v === "" || /^\+?[\d\s()-]{5,}$/.test(v), "phone")
  .optional()
  .transform((v) => (v ? v : null));

/** Every role but CLIENT: clients get their sign-in from their unit, not an invitation. */
export const staffRoleSchema = z.enum(Role).exclude(["CLIENT"]);

const membershipFields = {
  role: staffRoleSchema,
  jobcenterId: id.optional().nullable(),
  unitId: id.optional().nullable(),
  ordererId: id.optional().nullable(),
};

export const inviteUserSchema = z.object({
  email,
  name: requiredText(120).min(2),
  phone,
  ...membershipFields,
});

export const updateUserSchema = z.object({
  userId: id,
  name: requiredText(120).min(2),
  phone,
});

export const userIdSchema = z.object({ userId: id });
export const setUserActiveSchema = z.object({ userId: id, active: z.boolean() });
export const addMembershipSchema = z.object({ userId: id, ...membershipFields });
export const membershipIdSchema = z.object({ membershipId: id });

/**
 * The forms pick the organisation in one select whatever the role (`orgId`); the form turns it
 * into the id the role needs (MembershipFields `membershipInput`) before sending.
 */
const orgChoice = { orgId: text(64) };
export const inviteUserFormSchema = inviteUserSchema.extend(orgChoice);
export const addMembershipFormSchema = addMembershipSchema.extend(orgChoice);

export const contractModelSchema = z.enum(ContractModel);

const jobcenterFields = {
  name: requiredText(120).min(2),
  slug: text(60)
    .toLowerCase()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "invalid")
    .max(60),
  kind: z.enum(JobcenterKind),
  contractModels: z.array(contractModelSchema).min(1),
  email: text(200)
    .toLowerCase()
    .refine((v) => v === "" || z.email().safeParse(v).success, "email")
    .optional()
    .transform((v) => (v ? v : null)),
  phone,
};

/** blockCommission left out: the default for the kind (on for rehabilitative work activity). */
export const createJobcenterSchema = z.object({ ...jobcenterFields, blockCommissionForUnemploymentBenefit: z.boolean().optional() });
export const updateJobcenterSchema = z.object({
  jobcenterId: id,
  ...jobcenterFields,
  blockCommissionForUnemploymentBenefit: z.boolean(),
  active: z.boolean(),
});

const unitFields = {
  name: requiredText(120).min(2),
  address: optionalText(200),
  area: optionalText(80),
  phone,
  email: jobcenterFields.email,
};
export const createUnitSchema = z.object({ jobcenterId: id, ...unitFields });
export const updateUnitSchema = z.object({ unitId: id, ...unitFields, active: z.boolean() });

export const tokenPasswordSchema = z
  .object({
    token: text(200).min(10),
    password: password(MIN_PASSWORD_LENGTH),
    confirm: z.string().max(200),
  })
  .refine((v) => v.password === v.confirm, { message: "invalid", path: ["confirm"] });

/** The user list's search box: a search the schema refuses (a NUL) searches for nothing. */
export const userSearchSchema = optionalText(120);

export const auditFilterSchema = z.object({
  entityType: text(60).optional(),
  action: text(80).optional(),
  clientId: text(64).optional(),
  // an email or a user id (ADR 073)
  person: text(200).optional(),
  from: day.optional().or(z.literal("").transform(() => undefined)),
  to: day.optional().or(z.literal("").transform(() => undefined)),
  cursor: text(80).optional(),
});
