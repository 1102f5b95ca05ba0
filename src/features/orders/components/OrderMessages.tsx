"use client";

import { useTranslations } from "next-intl";
import { useAppFormatter } from "@/i18n/useAppFormatter";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { Badge, EmptyState } from "@/components/ui/Card";
import { CheckboxField } from "@/components/ui/CheckboxField";
import { TextArea } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";

import type { MessageKind } from "@/generated/prisma/enums";
import { postOrderMessage } from "../actions";
import { postMessageSchema } from "../schema";

export interface OrderMessageItem {
  id: string;
  kind: MessageKind;
  body: string;
  authorName: string;
  createdAt: string;
}

/**
 * Messages between the orderer and the coordinator about one order. The coordinator may mark a
 * message as a question; the orderer's next reply is stored as its answer.
 */
export function OrderMessages({ orderId, messages, canPost, asCoordinator = false }: { orderId: string; messages: OrderMessageItem[]; canPost: boolean; asCoordinator?: boolean }) {
  const t = useTranslations("orders");
  const fmt = useAppFormatter();
  const { form, register, onSubmit, fieldError, failure, pending } = useActionForm(postMessageSchema, postOrderMessage, {
    // only the coordinator asks questions; the orderer's reply to one becomes its answer
    defaultValues: { orderId, body: "", ...(asCoordinator ? { question: false } : {}) },
    onOk: () => form.reset(),
  });

  return (
    <div>
      {messages.length === 0 ? (
        <EmptyState>{t("messages.empty")}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {messages.map((m) => (
            <li key={m.id} className="rounded-lg border border-gray-200 p-3">
              <p className="text-sm text-muted">
                <span className="font-semibold text-ink">{m.authorName}</span> · {fmt.dateTime(new Date(m.createdAt))}{" "}
                {m.kind !== "MESSAGE" ? <Badge tone={m.kind === "QUESTION" ? "warn" : "ok"}>{t(`messages.kind.${m.kind}`)}</Badge> : null}
              </p>
              <p className="mt-1 whitespace-pre-line">{m.body}</p>
            </li>
          ))}
        </ul>
      )}
      {canPost ? (
        <form onSubmit={onSubmit} className="mt-4" noValidate>
          <TextArea id={`message-${orderId}`} label={t("messages.label")} hint={t("messages.hint")} error={fieldError("body")} rows={3} {...register("body")} />
          {asCoordinator ? (
            <CheckboxField id={`message-question-${orderId}`} label={t("messages.markQuestion")} {...register("question")} />
          ) : null}
          <ActionErrorAlert result={failure} />
          <Button type="submit" disabled={pending} className="mt-2">
            {t("messages.send")}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
