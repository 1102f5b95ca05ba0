import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/layout/AppShell";
import { Alert, Card } from "@/components/ui/Card";
import { LinkFeedbackForm } from "@/features/feedback/components/LinkFeedbackForm";
import { findFeedbackLink, gigsForOrdererFeedback } from "@/features/feedback/queries";
import { feedbackLinkUsable } from "@/features/feedback/rules";
import { getContext } from "@/server/context";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedback.link");
  // The token stays out of the referrer when the person follows a link from this page.
  return { title: t("title"), referrer: "no-referrer", robots: { index: false } };
}

/** The emailed feedback link of an orderer's contact without an account (ADR 047). */
export default async function Page({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("feedback.link");
  const { db, now } = await getContext();
  const link = token.length <= 200 ? await findFeedbackLink(db, token) : null;
  if (!link || !feedbackLinkUsable(link, now())) {
    return (
      <AppShell narrow>
        <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
        <Alert tone="danger">{t("expired")}</Alert>
      </AppShell>
    );
  }
  const gigs = await gigsForOrdererFeedback(db, link.orderId);
  return (
    <AppShell narrow>
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-4">{t("lead", { title: link.order.title, number: link.order.number })}</p>
      <Card className="space-y-4">
        {gigs.length === 0 ? <p>{t("none")}</p> : null}
        {gigs.map((g) => {
          const mine = g.feedback.find((f) => f.authorUserId === link.userId);
          return <LinkFeedbackForm key={g.id} token={token} gigId={g.id} firstName={g.firstName} current={mine ? { rating: mine.rating, comment: mine.comment } : undefined} />;
        })}
      </Card>
    </AppShell>
  );
}
