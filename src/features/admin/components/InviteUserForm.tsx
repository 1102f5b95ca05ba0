"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionErrorAlert, useFieldErrors } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";
import { inviteUser } from "../actions";
import { LinkOnce } from "./LinkOnce";
import { MembershipFields, membershipInput, type MembershipValue, type OrgOptions } from "./MembershipFields";
import { useAction } from "@/components/ui/useAction";

export function InviteUserForm({ options }: { options: OrgOptions }) {
  const t = useTranslations("admin");
  const { result, pending, run } = useAction(inviteUser);
  const fieldError = useFieldErrors(result);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [phone, setPhone] = useState("");
  const [membership, setMembership] = useState<MembershipValue>({ role: "UNIT_STAFF", orgId: "" });
  const [link, setLink] = useState<{ path: string; expiresAt: string } | null>(null);
  const orgError = fieldError("jobcenterId") ?? fieldError("unitId") ?? fieldError("ordererId");

  if (link) {
    return <LinkOnce path={link.path} message={t("invite.done")} />;
  }
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        run({ name, email, phone, ...membershipInput(membership) }, (data) => setLink(data));
      }}
    >
      <TextField id="invite-name" label={t("users.name")} value={name} onChange={(e) => setName(e.target.value)} error={fieldError("name")} required autoComplete="off" />
      <TextField id="invite-email" type="email" label={t("users.email")} value={email} onChange={(e) => setEmail(e.target.value)} error={fieldError("email")} required autoComplete="off" />
      <TextField id="invite-phone" type="tel" label={t("users.phone")} value={phone} onChange={(e) => setPhone(e.target.value)} error={fieldError("phone")} autoComplete="off" />
      <MembershipFields idPrefix="invite" value={membership} onChange={setMembership} options={options} error={orgError} />
      <ActionErrorAlert result={result} />
      <Button type="submit" disabled={pending} className="mt-4">
        {t("invite.submit")}
      </Button>
    </form>
  );
}
