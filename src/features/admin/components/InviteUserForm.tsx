"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import { inviteUser } from "../actions";
import { inviteUserFormSchema } from "../schema";
import { LinkOnce } from "./LinkOnce";
import { MembershipFields, membershipInput, type OrgOptions } from "./MembershipFields";

export function InviteUserForm({ options }: { options: OrgOptions }) {
  const t = useTranslations("admin");
  const [link, setLink] = useState<{ path: string; expiresAt: string } | null>(null);
  const { form, onSubmit, fieldError, failure, pending, register } = useActionForm(inviteUserFormSchema, inviteUser, {
    defaultValues: { name: "", email: "", phone: "", role: "UNIT_STAFF", orgId: "" },
    toInput: ({ orgId, ...v }) => ({ ...v, ...membershipInput({ role: v.role, orgId }) }),
    onOk: (data) => setLink(data),
  });
  const role = form.watch("role");

  if (link) {
    return <LinkOnce path={link.path} message={t("invite.done")} />;
  }
  return (
    <form noValidate onSubmit={onSubmit}>
      <TextField id="invite-name" label={t("users.name")} {...register("name")} error={fieldError("name")} required autoComplete="off" />
      <TextField id="invite-email" type="email" label={t("users.email")} {...register("email")} error={fieldError("email")} required autoComplete="off" />
      <TextField id="invite-phone" type="tel" label={t("users.phone")} {...register("phone")} error={fieldError("phone")} autoComplete="off" />
      <MembershipFields
        idPrefix="invite"
        role={role}
        roleField={register("role", { onChange: () => form.setValue("orgId", "") })}
        orgField={register("orgId")}
        options={options}
        error={fieldError("jobcenterId") ?? fieldError("unitId") ?? fieldError("ordererId")}
      />
      <ActionErrorAlert result={failure} />
      <Button type="submit" disabled={pending} className="mt-4">
        {t("invite.submit")}
      </Button>
    </form>
  );
}
