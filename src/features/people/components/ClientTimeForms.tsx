"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { SelectField, TextField } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import { cancelGigForEnd, endClientTime, moveClientUnit, recordPathwayEvent, resumeClient } from "../actions";
import { cancelGigForEndSchema, endClientTimeSchema, endKinds, moveClientUnitSchema, pathwayOutcomes, recordablePathwayKinds, recordPathwayEventSchema, resumeClientSchema } from "../schema";

/** Pause or end the client's time: a day, a reason and, when it ends, where the client went. */
export function EndTimeForm({ clientId, today }: { clientId: string; today: string }) {
  const t = useTranslations("people");
  const { form, onSubmit, fieldError, failure, pending, register } = useActionForm(endClientTimeSchema, endClientTime, {
    defaultValues: { clientId, kind: "ENDED", on: today, reason: "", outcome: undefined },
  });
  const kind = form.watch("kind");
  return (
    <form noValidate onSubmit={onSubmit}>
      <SelectField id="end-kind" label={t("end.kind")} options={endKinds.map((k) => ({ value: k, label: t(`end.kind${k}`) }))} {...register("kind")} error={fieldError("kind")} />
      <TextField id="end-on" type="date" label={t("end.on")} {...register("on")} error={fieldError("on")} />
      <TextField id="end-reason" label={t("end.reason")} {...register("reason")} error={fieldError("reason")} />
      {kind === "ENDED" ? (
        <SelectField
          id="end-outcome"
          label={t("end.outcome")}
          options={[{ value: "", label: t("end.outcomeNone") }, ...pathwayOutcomes.map((o) => ({ value: o, label: t(`outcome.${o}`) }))]}
          {...register("outcome", { setValueAs: (v: string) => (v ? v : undefined) })}
          error={fieldError("outcome")}
        />
      ) : null}
      <ActionErrorAlert result={failure} />
      <Button type="submit" variant="danger" disabled={pending}>
        {t("end.submit")}
      </Button>
    </form>
  );
}

export function ResumeForm({ clientId, today }: { clientId: string; today: string }) {
  const t = useTranslations("people.end");
  const { onSubmit, fieldError, failure, pending, register } = useActionForm(resumeClientSchema, resumeClient, { defaultValues: { clientId, on: today, note: "" } });
  return (
    <form noValidate onSubmit={onSubmit}>
      <TextField id="resume-on" type="date" label={t("on")} {...register("on")} error={fieldError("on")} />
      <TextField id="resume-note" label={t("resumeNote")} {...register("note")} error={fieldError("note")} />
      <ActionErrorAlert result={failure} />
      <Button type="submit" disabled={pending}>
        {t("resume")}
      </Button>
    </form>
  );
}

/** Cancels one open gig before the client's time ends; the coordinator sees the reason on the order. */
export function CancelGigForEndForm({ gigId }: { gigId: string }) {
  const t = useTranslations("people.end");
  const { onSubmit, fieldError, failure, pending, register } = useActionForm(cancelGigForEndSchema, cancelGigForEnd, { defaultValues: { gigId, reason: "" } });
  return (
    <form noValidate onSubmit={onSubmit} className="mt-2">
      <TextField id={`cancel-reason-${gigId}`} label={t("cancelReason")} {...register("reason")} error={fieldError("reason")} />
      <ActionErrorAlert result={failure} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("cancelGig")}
      </Button>
    </form>
  );
}

export function MoveUnitForm({ clientId, units, afterMove }: { clientId: string; units: { id: string; name: string }[]; afterMove: string }) {
  const t = useTranslations("people.move");
  const router = useRouter();
  const { onSubmit, fieldError, failure, pending, register } = useActionForm(moveClientUnitSchema, moveClientUnit, {
    defaultValues: { clientId, toUnitId: units[0]?.id ?? "", reason: "" },
    // The client is now the new unit's: this unit's staff no longer see the page.
    onOk: () => router.push(afterMove),
  });
  if (units.length === 0) return <p className="text-muted">{t("none")}</p>;
  return (
    <form noValidate onSubmit={onSubmit}>
      <SelectField id="move-unit" label={t("to")} options={units.map((u) => ({ value: u.id, label: u.name }))} {...register("toUnitId")} error={fieldError("toUnitId")} />
      <TextField id="move-unit-reason" label={t("reason")} {...register("reason")} error={fieldError("reason")} />
      <ActionErrorAlert result={failure} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}

/** A dated pathway event (education, supported employment, ...) on the client's path (ADR 071). */
export function RecordPathwayForm({ clientId, today }: { clientId: string; today: string }) {
  const t = useTranslations("people.pathway");
  const { onSubmit, fieldError, failure, pending, register, form } = useActionForm(recordPathwayEventSchema, recordPathwayEvent, {
    defaultValues: { clientId, kind: "EDUCATION", on: today, note: "" },
    onOk: () => form.reset({ clientId, kind: "EDUCATION", on: today, note: "" }),
  });
  return (
    <form noValidate onSubmit={onSubmit} className="mt-4 border-t border-gray-200 pt-4">
      <h3 className="mb-2 font-semibold">{t("recordTitle")}</h3>
      <SelectField id="pathway-kind" label={t("recordKind")} options={recordablePathwayKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))} {...register("kind")} error={fieldError("kind")} />
      <TextField id="pathway-on" type="date" max={today} label={t("recordOn")} {...register("on")} error={fieldError("on")} />
      <TextField id="pathway-note" label={t("recordNote")} {...register("note")} error={fieldError("note")} />
      <ActionErrorAlert result={failure} />
      <Button type="submit" disabled={pending}>
        {t("recordSubmit")}
      </Button>
    </form>
  );
}
