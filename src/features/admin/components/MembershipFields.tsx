"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { SelectField } from "@/components/ui/Field";
import type { StaffRole } from "../rules";

export interface OrgOptions {
  jobcenters: { id: string; name: string; active: boolean }[];
  units: { id: string; name: string; active: boolean; jobcenter: { name: string } }[];
  orderers: { id: string; name: string }[];
}

export interface MembershipValue {
  role: StaffRole;
  orgId: string;
}

const ROLES: StaffRole[] = ["COORDINATOR", "UNIT_STAFF", "ORDERER_CONTACT", "MANAGER", "ADMIN"];

/** The role and, for roles bound to an organisation, which one. The form clears `orgId` when the role changes. */
export function MembershipFields({
  idPrefix,
  role,
  roleField,
  orgField,
  options,
  error,
}: {
  idPrefix: string;
  /** the role chosen now (watched), which decides the organisation select */
  role: StaffRole;
  roleField: UseFormRegisterReturn;
  orgField: UseFormRegisterReturn;
  options: OrgOptions;
  error?: string;
}) {
  const t = useTranslations("admin.membership");
  const tc = useTranslations("common.roles");
  const inactive = t("inactiveSuffix");
  const orgChoices =
    role === "COORDINATOR" || role === "MANAGER"
      ? { label: t("jobcenter"), items: options.jobcenters.map((j) => ({ value: j.id, label: j.active ? j.name : `${j.name} ${inactive}` })) }
      : role === "UNIT_STAFF"
        ? { label: t("unit"), items: options.units.map((u) => ({ value: u.id, label: `${u.jobcenter.name}: ${u.name}${u.active ? "" : ` ${inactive}`}` })) }
        : role === "ORDERER_CONTACT"
          ? { label: t("orderer"), items: options.orderers.map((o) => ({ value: o.id, label: o.name })) }
          : null;
  return (
    <>
      <SelectField id={`${idPrefix}-role`} label={t("role")} {...roleField} options={ROLES.map((r) => ({ value: r, label: tc(r) }))} />
      {orgChoices ? (
        <SelectField id={`${idPrefix}-org`} label={orgChoices.label} required error={error} {...orgField} options={[{ value: "", label: t("choose") }, ...orgChoices.items]} />
      ) : null}
    </>
  );
}

/** The action input for a membership value: only the id the role needs. */
export function membershipInput(v: MembershipValue) {
  return {
    role: v.role,
    jobcenterId: v.role === "COORDINATOR" || v.role === "MANAGER" ? v.orgId || null : null,
    unitId: v.role === "UNIT_STAFF" ? v.orgId || null : null,
    ordererId: v.role === "ORDERER_CONTACT" ? v.orgId || null : null,
  };
}
