import { getTranslations } from "next-intl/server";
import { Alert, Badge, Card } from "@/components/ui/Card";
import { SectionHeading } from "@/components/ui/Text";
import { getAppFormatter } from "@/i18n/server";
import { getContext } from "@/server/context";
import { ordererReviewOf, reviewerNames, type OrdererReviewView } from "../queries";
import { ordererChecks } from "../schema";
import { RefuseOrdererForm, VerifyOrdererForm } from "./ReviewForms";

/**
 * On the coordinator's order page (server component): who the orderer is, an existing orderer
 * with the same business ID side by side, the decision forms while it waits, and past decisions.
 */
export async function OrdererReviewCard({ orderId, ordererId }: { orderId: string; ordererId: string }) {
  const { db } = await getContext();
  const t = await getTranslations("coordination.review");
  const fmt = await getAppFormatter();
  const o = await ordererReviewOf(db, ordererId);
  if (!o) return null;
  const names = await reviewerNames(db, o.reviews.map((r) => r.byUserId));
  if (o.status === "VERIFIED" && o.reviews.length === 0) return null;
  const waiting = o.status === "UNVERIFIED";
  const twin = o.duplicateOf;
  return (
    <Card>
      <SectionHeading className="mb-2">{t("title")}</SectionHeading>
      {waiting ? <Alert tone="warn">{twin ? t("leadDuplicate") : t("leadUnverified")}</Alert> : null}
      {o.status === "VERIFIED" || o.status === "REFUSED" || o.status === "MERGED" ? <Alert tone={o.status === "REFUSED" ? "danger" : "ok"}>{t(`status.${o.status}`)}</Alert> : null}
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <OrdererFacts title={t("registered")} o={o} t={t} fmt={fmt} />
        {twin ? <OrdererFacts title={t("existing")} o={twin} t={t} fmt={fmt} /> : null}
      </div>
      {waiting ? (
        <>
          <VerifyOrdererForm orderId={orderId} checks={ordererChecks} join={!!twin} />
          <details className="mt-4">
            <summary className="min-h-11 cursor-pointer font-semibold">{t("refuseTitle")}</summary>
            <RefuseOrdererForm orderId={orderId} />
          </details>
        </>
      ) : null}
      {o.reviews.length > 0 ? (
        <>
          <h3 className="mt-4 font-semibold">{t("history")}</h3>
          <ul className="mt-1 space-y-2">
            {o.reviews.map((r) => (
              <li key={r.id}>
                <Badge tone={r.decision === "REFUSED" ? "danger" : "ok"}>{t(`decision.${r.decision}`)}</Badge>{" "}
                {t("by", { name: names.get(r.byUserId) ?? "?", when: fmt.dateTime(r.createdAt) })}
                {r.checks.length > 0 ? <span>: {r.checks.map((c) => t(`check.${c}`)).join(", ")}</span> : null}
                {r.note ? <p className="text-muted">{r.note}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}

type Facts = Pick<OrdererReviewView, "name" | "businessId" | "email" | "phone" | "eInvoiceAddress" | "createdAt"> & {
  memberships?: OrdererReviewView["memberships"];
};

function OrdererFacts({ title, o, t, fmt }: { title: string; o: Facts; t: Awaited<ReturnType<typeof getTranslations<"coordination.review">>>; fmt: Awaited<ReturnType<typeof getAppFormatter>> }) {
  return (
    <div className="rounded-lg border border-gray-300 p-3">
      <h3 className="font-semibold">{title}</h3>
      <p className="text-lg">{o.name}</p>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="text-muted">{t("businessId")}</dt>
        <dd>{o.businessId ?? "–"}</dd>
        <dt className="text-muted">{t("email")}</dt>
        <dd>{o.email ?? "–"}</dd>
        <dt className="text-muted">{t("phone")}</dt>
        <dd>{o.phone ?? "–"}</dd>
        <dt className="text-muted">{t("eInvoice")}</dt>
        <dd>{o.eInvoiceAddress ?? "–"}</dd>
        <dt className="text-muted">{t("since")}</dt>
        <dd>{fmt.date(o.createdAt)}</dd>
        {(o.memberships ?? []).map((m, i) => (
          <div key={i} className="contents">
            <dt className="text-muted">{t("contact")}</dt>
            <dd>
              {m.user.name}, {m.user.email ?? "–"}, {m.user.phone ?? "–"}
              {m.user.emailVerifiedAt ? ` (${t("verifiedEmail")})` : null}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
