"use client";

import { useAppFormatter } from "@/i18n/useAppFormatter";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { TextArea } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import { postOfferMessage } from "../actions";
import { postOfferMessageSchema } from "../schema";

export interface OfferMessage {
  id: string;
  body: string;
  createdAt: Date;
  authorName: string;
}

/**
 * The thread between a unit and the coordinator about one offer, with a form to add to it.
 * Both sides use it; the texts come from the page (unit or coordination namespace).
 */
export function OfferMessages({
  offerId,
  messages,
  canPost,
  texts,
}: {
  offerId: string;
  messages: OfferMessage[];
  canPost: boolean;
  texts: { title: string; none: string; label: string; hint?: string; send: string };
}) {
  const fmt = useAppFormatter();
  const { form, onSubmit, register, fieldError, failure, pending } = useActionForm(postOfferMessageSchema, postOfferMessage, {
    defaultValues: { offerId, body: "" },
    onOk: () => form.reset({ offerId, body: "" }),
  });
  return (
    <div className="mt-2">
      <h3 className="mb-1 font-semibold">{texts.title}</h3>
      {messages.length === 0 ? <p className="text-sm text-muted">{texts.none}</p> : null}
      <ul className="mb-2 space-y-2">
        {messages.map((m) => (
          <li key={m.id} className="rounded-md bg-gray-50 p-2">
            <p className="text-sm text-muted">
              {m.authorName} · {fmt.dateTime(m.createdAt)}
            </p>
            <p className="whitespace-pre-line">{m.body}</p>
          </li>
        ))}
      </ul>
      {canPost ? (
        <form onSubmit={onSubmit} noValidate>
          <TextArea id={`offer-message-${offerId}`} label={texts.label} hint={texts.hint} rows={2} error={fieldError("body")} {...register("body")} />
          <ActionErrorAlert result={failure} />
          <Button type="submit" variant="secondary" disabled={pending} className="mt-1">
            {texts.send}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
