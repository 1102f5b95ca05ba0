import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/Button";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/Card";
import { DataTable } from "@/components/ui/DataTable";
import { TextLink } from "@/components/ui/Text";
import { feedbackOfOrderer, ordererForCoordinator, ordersOfOrderer } from "@/features/intake/queries";
import { OrderStatusBadge } from "@/features/orders/components/StatusBadge";
import { getAppFormatter } from "@/i18n/server";
import { requireRole } from "@/server/page";

/** One orderer: its contacts, billing details, orders (a page at a time) and the feedback it gave. */
export default async function Page({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ after?: string }> }) {
  const { id } = await params;
  const sp = await searchParams;
  const { db, user } = await requireRole("COORDINATOR");
  const t = await getTranslations("intake.orderers");
  const tk = await getTranslations("orders");
  const fmt = await getAppFormatter();
  const jobcenterIds = user.grants.filter((g) => g.role === "COORDINATOR" && g.jobcenterId).map((g) => g.jobcenterId!);
  const o = await ordererForCoordinator(db, jobcenterIds, id);
  if (!o) notFound();
  const orders = await ordersOfOrderer(db, jobcenterIds, o.id, typeof sp.after === "string" ? sp.after : undefined);
  const feedback = await feedbackOfOrderer(db, jobcenterIds, o.id);
  const billing =
    o.billingMethod === "E_INVOICE"
      ? `${o.eInvoiceAddress ?? "–"} / ${o.eInvoiceOperator ?? "–"}`
      : o.billingMethod === "EMAIL_INVOICE"
        ? (o.billingEmail ?? "–")
        : [o.streetAddress, [o.postalCode, o.city].filter(Boolean).join(" ")].filter(Boolean).join(", ") || "–";
  return (
    <>
      <PageHeader
        title={o.name}
        lead={`${tk(`ordererKind.${o.kind}`)}${o.businessId ? ` · ${o.businessId}` : ""}`}
        actions={<LinkButton href={`/coordinator/orders/new?orderer=${o.id}`}>{t("newOrder")}</LinkButton>}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <h2 className="mb-2 text-xl font-semibold">{t("contacts")}</h2>
          {o.contacts.length === 0 ? <p>{t("noContacts")}</p> : null}
          <ul className="space-y-2">
            {o.contacts.map((c) => (
              <li key={c.id}>
                <span className="font-semibold">{c.user.name}</span> {c.user.email ? <a href={`mailto:${c.user.email}`} className="text-brand-700 underline">{c.user.email}</a> : null} {c.user.phone ?? ""}{" "}
                {!c.active ? <Badge>{t("contactEnded")}</Badge> : null}
              </li>
            ))}
          </ul>
          {o.email || o.phone ? <p className="mt-2 text-muted">{[o.email, o.phone].filter(Boolean).join(" · ")}</p> : null}
        </Card>
        <Card>
          <h2 className="mb-2 text-xl font-semibold">{t("billing")}</h2>
          <p>{o.billingMethod ? tk(`billingMethod.${o.billingMethod}`) : t("noBilling")}</p>
          {o.billingMethod ? <p>{billing}</p> : null}
          {o.billingReference ? <p className="text-muted">{t("reference", { ref: o.billingReference })}</p> : null}
          <p className="mt-2">
            <Badge tone={o.status === "VERIFIED" ? "ok" : "danger"}>{t(`status.${o.status}`)}</Badge>
          </p>
        </Card>
      </div>
      <Card className="mt-4">
        <h2 className="mb-2 text-xl font-semibold">{t("orders")}</h2>
        {orders.rows.length === 0 ? (
          <EmptyState>{t("noOrders")}</EmptyState>
        ) : (
          <DataTable
            label={t("orders")}
            rows={orders.rows}
            rowKey={(r) => r.id}
            columns={[
              { header: t("colOrder"), cell: (r) => <TextLink href={`/coordinator/orders/${r.id}`}>#{r.number} {r.title}</TextLink> },
              { header: t("colState"), cell: (r) => <OrderStatusBadge status={r.status} /> },
              { header: t("colCreated"), cell: (r) => fmt.date(r.createdAt) },
            ]}
          />
        )}
        {orders.next ? (
          <p className="mt-3">
            <TextLink href={`/coordinator/orderers/${o.id}?after=${encodeURIComponent(orders.next)}`}>{t("more")}</TextLink>
          </p>
        ) : null}
      </Card>
      <Card className="mt-4">
        <h2 className="mb-2 text-xl font-semibold">{t("feedback")}</h2>
        {feedback.length === 0 ? <p>{t("noFeedback")}</p> : null}
        <ul className="space-y-3">
          {feedback.map((f) => (
            <li key={f.id}>
              <p className="font-semibold">
                {t("rating", { rating: f.rating })} · {f.client.firstName} · <TextLink href={`/coordinator/orders/${f.order.id}`}>#{f.order.number} {f.order.title}</TextLink>
              </p>
              {f.comment ? <p className="whitespace-pre-line">{f.comment}</p> : null}
              <p className="text-sm text-muted">{fmt.date(f.createdAt)}</p>
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
