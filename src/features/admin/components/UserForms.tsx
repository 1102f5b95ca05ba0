"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { TextField } from "@/components/ui/Field";
import { addMembership, removeMembership, resendInvite, resetPassword, setUserActive, updateUser } from "../actions";
import { useAction } from "@/components/ui/useAction";
import { useActionForm } from "@/components/ui/useActionForm";
import { addMembershipFormSchema, updateUserSchema } from "../schema";
import { LinkOnce } from "./LinkOnce";
import { MembershipFields, membershipInput, type OrgOptions } from "./MembershipFields";

export function UserEditForm({ user }: { user: { id: string; name: string; phone: string | null } }) {
  const t = useTranslations("admin");
  const [saved, setSaved] = useState(false);
  const { onSubmit, fieldError, failure, pending, register } = useActionForm(updateUserSchema, updateUser, {
    defaultValues: { userId: user.id, name: user.name, phone: user.phone ?? "" },
    onOk: () => setSaved(true),
  });
  return (
    <form noValidate onSubmit={onSubmit}>
      <TextField id="user-name" label={t("users.name")} {...register("name")} error={fieldError("name")} required />
      <TextField id="user-phone" type="tel" label={t("users.phone")} {...register("phone")} error={fieldError("phone")} />
      <ActionErrorAlert result={failure} />
      {saved && !failure ? <Alert tone="ok">{t("user.saved")}</Alert> : null}
      <Button type="submit" disabled={pending} className="mt-2">
        {t("user.save")}
      </Button>
    </form>
  );
}

export function AddMembershipForm({ userId, options }: { userId: string; options: OrgOptions }) {
  const t = useTranslations("admin.membership");
  const { form, onSubmit, fieldError, failure, pending, register } = useActionForm(addMembershipFormSchema, addMembership, {
    defaultValues: { userId, role: "UNIT_STAFF", orgId: "" },
    toInput: ({ orgId, ...v }) => ({ ...v, ...membershipInput({ role: v.role, orgId }) }),
    // The same role stays chosen, for adding several units in a row.
    onOk: (_, v) => form.reset({ userId, role: v.role, orgId: "" }),
  });
  return (
    <form noValidate onSubmit={onSubmit}>
      <MembershipFields
        idPrefix="add-membership"
        role={form.watch("role")}
        roleField={register("role", { onChange: () => form.setValue("orgId", "") })}
        orgField={register("orgId")}
        options={options}
        error={fieldError("jobcenterId") ?? fieldError("unitId") ?? fieldError("ordererId")}
      />
      <ActionErrorAlert result={failure} />
      <Button type="submit" variant="secondary" disabled={pending} className="mt-2">
        {t("add")}
      </Button>
    </form>
  );
}

export function RemoveMembershipButton({ membershipId, label }: { membershipId: string; label: string }) {
  const t = useTranslations("admin.membership");
  const { result, pending, run } = useAction(removeMembership);
  return (
    <div>
      <Button type="button" variant="ghost" disabled={pending} aria-label={label} onClick={() => run({ membershipId })}>
        {t("remove")}
      </Button>
      <ActionErrorAlert result={result} />
    </div>
  );
}

export function AccountActions({ user }: { user: { id: string; active: boolean; hasPassword: boolean } }) {
  const t = useTranslations("admin.user");
  const activeAction = useAction(setUserActive);
  const reset = useAction(resetPassword);
  const invite = useAction(resendInvite);
  const [link, setLink] = useState<string | null>(null);
  return (
    <div className="space-y-4">
      {link ? <LinkOnce path={link} message={t("linkReady")} /> : null}
      {user.active ? (
        <>
          <div>
            {user.hasPassword ? (
              <>
                <Button type="button" variant="secondary" disabled={reset.pending} onClick={() => reset.run({ userId: user.id }, (d) => setLink(d.path))}>
                  {t("resetPassword")}
                </Button>
                <p className="mt-1 text-sm text-muted">{t("resetHint")}</p>
                <ActionErrorAlert result={reset.result} />
              </>
            ) : (
              <>
                <Button type="button" variant="secondary" disabled={invite.pending} onClick={() => invite.run({ userId: user.id }, (d) => setLink(d.path))}>
                  {t("resendInvite")}
                </Button>
                <ActionErrorAlert result={invite.result} />
              </>
            )}
          </div>
          <div>
            <Button type="button" variant="danger" disabled={activeAction.pending} onClick={() => activeAction.run({ userId: user.id, active: false })}>
              {t("deactivate")}
            </Button>
            <p className="mt-1 text-sm text-muted">{t("deactivateHint")}</p>
          </div>
        </>
      ) : (
        <Button type="button" variant="secondary" disabled={activeAction.pending} onClick={() => activeAction.run({ userId: user.id, active: true })}>
          {t("reactivate")}
        </Button>
      )}
      <ActionErrorAlert result={activeAction.result} />
    </div>
  );
}
