"use client";

import { useTranslations } from "next-intl";
import { useAppFormatter } from "@/i18n/useAppFormatter";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { ActionErrorAlert, useFieldErrors } from "@/components/ui/ActionFeedback";
import { Badge, EmptyState } from "@/components/ui/Card";
import { TextArea } from "@/components/ui/Field";
import type { ActionResult } from "@/server/errors";
import { postOrderMessage } from "../actions";

export interface OrderMessageItem {
  id: string;
  kind: "MESSAGE" | "QUESTION" | "ANSWER";
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
  const router = useRouter();
  const [body, setBody] = useState("");
  const [question, setQuestion] = useState(false);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, setPending] = useState(false);
  const fe = useFieldErrors(result);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setPending(true);
    const r = await postOrderMessage({ orderId, body, ...(asCoordinator ? { question } : {}) });
    setPending(false);
    setResult(r);
    if (r.ok) {
      setBody("");
      setQuestion(false);
      router.refresh();
    }
  }

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
        <form onSubmit={submit} className="mt-4" noValidate>
          <TextArea id={`message-${orderId}`} label={t("messages.label")} hint={t("messages.hint")} error={fe("body")} value={body} onChange={(e) => setBody(e.target.value)} rows={3} />
          {asCoordinator ? (
            <label className="mb-3 flex min-h-11 items-center gap-3">
              <input type="checkbox" checked={question} onChange={(e) => setQuestion(e.target.checked)} className="h-5 w-5" />
              {t("messages.markQuestion")}
            </label>
          ) : null}
          <ActionErrorAlert result={result} />
          <Button type="submit" disabled={pending} className="mt-2">
            {t("messages.send")}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
