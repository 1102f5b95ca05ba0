import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/ActionButton";
import { Card } from "@/components/ui/Card";
import { getAppFormatter } from "@/i18n/server";
import type { Db } from "@/server/db";
import { resendReviewLink } from "../actions";
import { latestReviewLink } from "../queries";

/**
 * On the coordinator's order page of an order waiting for its orderer: whom the review link went
 * to, until when it works, and a button to send a new one (ADR 024). Nothing for other orders.
 */
export async function ReviewLinkCard({ db, order, now }: { db: Db; order: { id: string; status: string }; now: Date }) {
  if (order.status !== "RECEIVED") return null;
  const link = await latestReviewLink(db, order.id);
  if (!link) return null;
  const t = await getTranslations("intake.link");
  const fmt = await getAppFormatter();
  const state = link.usedAt ? t("used") : link.expiresAt <= now ? t("expired") : t("validUntil", { date: fmt.dateTime(link.expiresAt) });
  return (
    <Card>
      <h2 className="mb-2 text-xl font-semibold">{t("title")}</h2>
      <p>{t("sentTo", { name: link.user.name, email: link.user.email ?? "–", date: fmt.dateTime(link.createdAt) })}</p>
      <p className="mb-3">{state}</p>
      <ActionButton action={resendReviewLink} input={{ orderId: order.id }}>
        {t("resend")}
      </ActionButton>
    </Card>
  );
}
