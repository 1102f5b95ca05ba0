"use client";

import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/Field";

export interface OrgOptions {
  jobcenters: { id: string; name: string; active: boolean }[];
  units: { id: string; name: string; active: boolean; jobcenter: { name: string } }[];
  orderers: { id: string; name: string }[];
}

export type StaffRole = "ADMIN" | "COORDINATOR" | "UNIT_STAFF" | "ORDERER_CONTACT";
export interface MembershipValue {
  role: StaffRole;
  orgId: string;
}

/** The role and, for roles bound to an organisation, which one. */
export function MembershipFields({
  idPrefix,
  value,
  onChange,
  options,
  error,
}: {
  idPrefix: string;
  value: MembershipValue;
  onChange: (v: MembershipValue) => void;
  options: OrgOptions;
  error?: string;
}) {
  const t = useTranslations("admin.membership");
  const tc = useTranslations("common.roles");
  const inactive = t("inactiveSuffix");
  const roles: StaffRole[] = ["COORDINATOR", "UNIT_STAFF", "ORDERER_CONTACT", "ADMIN"];
  const orgChoices =
    value.role === "COORDINATOR"
      ? { label: t("jobcenter"), items: options.jobcenters.map((j) => ({ value: j.id, label: j.active ? j.name : `${j.name} ${inactive}` })) }
      : value.role === "UNIT_STAFF"
        ? { label: t("unit"), items: options.units.map((u) => ({ value: u.id, label: `${u.jobcenter.name}: ${u.name}${u.active ? "" : ` ${inactive}`}` })) }
        : value.role === "ORDERER_CONTACT"
          ? { label: t("orderer"), items: options.orderers.map((o) => ({ value: o.id, label: o.name })) }
          : null;
  return (
    <>
      <SelectField
        id={`${idPrefix}-role`}
        label={t("role")}
        value={value.role}
        onChange={(e) => onChange({ role: e.target.value as StaffRole, orgId: "" })}
        options={roles.map((r) => ({ value: r, label: tc(r) }))}
      />
      {orgChoices ? (
        <SelectField
          id={`${idPrefix}-org`}
          label={orgChoices.label}
          value={value.orgId}
          required
          error={error}
          onChange={(e) => onChange({ ...value, orgId: e.target.value })}
          options={[{ value: "", label: t("choose") }, ...orgChoices.items]}
        />
      ) : null}
    </>
  );
}

/** The action input for a membership value. */
export function membershipInput(v: MembershipValue) {
  return {
    role: v.role,
    jobcenterId: v.role === "COORDINATOR" ? v.orgId || null : null,
    unitId: v.role === "UNIT_STAFF" ? v.orgId || null : null,
    ordererId: v.role === "ORDERER_CONTACT" ? v.orgId || null : null,
  };
}
