"use client";

import { useTranslations } from "next-intl";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { CheckboxField } from "@/components/ui/CheckboxField";
import { TextField } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import { setNotificationPrefs } from "../actions";
import type { ChannelPrefs } from "../rules";
import { notificationPrefsSchema } from "../schema";

const hhmm = (min: number | null) => (min === null ? "" : `${String(Math.floor(min / 60)).padStart(2, "0")}:${String(min % 60).padStart(2, "0")}`);

/** Channels and quiet hours: one's own, or (with clientId) a client's, set by unit staff. */
export function NotificationPrefsForm({ clientId, prefs }: { clientId?: string; prefs: ChannelPrefs }) {
  const t = useTranslations("notifications.prefs");
  const { onSubmit, fieldError, failure, pending, register } = useActionForm(notificationPrefsSchema, setNotificationPrefs, {
    defaultValues: { clientId, email: prefs.email, sms: prefs.sms, push: prefs.push, quietStart: hhmm(prefs.quietStartMin), quietEnd: hhmm(prefs.quietEndMin) },
  });
  return (
    <form noValidate onSubmit={onSubmit}>
      <p className="mb-2 text-sm text-muted">{t("inApp")}</p>
      <CheckboxField id="prefs-email" label={t("email")} {...register("email")} />
      <CheckboxField id="prefs-sms" label={t("sms")} {...register("sms")} />
      <CheckboxField id="prefs-push" label={t("push")} {...register("push")} />
      <div className="grid grid-cols-2 gap-3">
        <TextField id="prefs-quiet-start" type="time" label={t("quietStart")} {...register("quietStart")} error={fieldError("quietStart")} />
        <TextField id="prefs-quiet-end" type="time" label={t("quietEnd")} {...register("quietEnd")} error={fieldError("quietEnd")} />
      </div>
      <p className="mb-3 text-sm text-muted">{t("quietHint")}</p>
      <ActionErrorAlert result={failure} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
