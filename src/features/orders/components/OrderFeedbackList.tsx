"use client";

import { useTranslations } from "next-intl";
import { useAppFormatter } from "@/i18n/useAppFormatter";
import { ActionButton } from "@/components/ui/ActionButton";
import { Badge, EmptyState } from "@/components/ui/Card";

import { recordFeedbackOnProfile } from "../actions";

export interface FeedbackItem {
  id: string;
  rating: number;
  comment: string | null;
  onProfile: boolean;
  createdAt: string;
  gigStartsAt: string | null;
  workerFirstName: string;
}

/** The orderer's feedback on an order's gigs; the coordinator can record each on the worker's profile. */
export function OrderFeedbackList({ feedback, canRecord }: { feedback: FeedbackItem[]; canRecord: boolean }) {
  const t = useTranslations("orders");
  const fmt = useAppFormatter();
  if (feedback.length === 0) return <EmptyState>{t("feedback.none")}</EmptyState>;
  return (
    <div>
      <ul className="space-y-3">
        {feedback.map((f) => (
          <li key={f.id} className="rounded-lg border border-gray-200 p-3">
            <p className="font-semibold">
              {f.workerFirstName}
              {f.gigStartsAt ? ` · ${fmt.date(new Date(f.gigStartsAt))}` : ""} · {t("feedback.stars", { rating: f.rating })}
            </p>
            {f.comment ? <p className="mt-1 whitespace-pre-line">{f.comment}</p> : null}
            {f.onProfile ? (
              <Badge tone="ok">{t("feedback.onProfile")}</Badge>
            ) : canRecord ? (
              <div className="mt-2">
                <ActionButton action={recordFeedbackOnProfile} input={{ feedbackId: f.id }}>
                  {t("feedback.record", { name: f.workerFirstName })}
                </ActionButton>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
