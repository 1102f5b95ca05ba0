import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert, Badge, Card, EmptyState, PageHeader } from "@/components/ui/Card";
import { DataTable } from "@/components/ui/DataTable";
import { can } from "@/features/auth/permissions";
import { DraftControls, ExportButton } from "@/features/payroll/components/PayRunControls";
import { listCorrectedPaidGigs, loadPartnerGigs, loadPayRun, readLimitWarningsAudited } from "@/features/payroll/queries";
import { getAppFormatter } from "@/i18n/server";
import { dayOfDateColumn } from "@/lib/dates";
import { requireRole } from "@/server/page";

export async function generateMetadata() {
  const t = await getTranslations("payroll.runs");
  return { title: t("title") };
}

// One pay run: its lines, the workers to talk with before confirming, and the export.
export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { db, user } = await requireRole("COORDINATOR");
  const run = await loadPayRun(db, id);
  if (!run || !can(user, "payroll.read", { jobcenterId: run.jobcenterId })) notFound();
  const t = await getTranslations("payroll");
  const fmt = await getAppFormatter();
  const period = { start: dayOfDateColumn(run.periodStart), end: dayOfDateColumn(run.periodEnd) };
  const draft = run.status === "DRAFT";
  const warnings = draft ? await readLimitWarningsAudited(db, user, run, [...new Set(run.lines.map((l) => l.clientId))]) : [];
  const partnerGigs = await loadPartnerGigs(db, run.jobcenterId, period);
  const corrected = draft ? await listCorrectedPaidGigs(db, run.jobcenterId) : [];
  const periodText = `${fmt.day(run.periodStart)}–${fmt.day(run.periodEnd)}`;
  type Line = (typeof run.lines)[number];
  return (
    <>
      <p className="mb-2">
        <Link className="text-brand-700 underline" href="/coordinator/pay">
          {t("run.back")}
        </Link>
      </p>
      <PageHeader
        title={t("run.title", { period: periodText })}
        lead={t("run.lead", { jobcenter: run.jobcenter.name, date: fmt.day(run.paymentDate) })}
        actions={<Badge tone={draft ? "warn" : "ok"}>{t(`status.${run.status}`)}</Badge>}
      />
      <p className="mb-4 font-semibold">
        {t("run.totals", { gross: fmt.euros(run.grossCents), side: fmt.euros(run.sideCostsCents), withholding: fmt.euros(run.withholdingCents), net: fmt.euros(run.netCents) })}
      </p>
      {run.confirmedAt ? <p className="mb-4 text-muted">{t("run.confirmedOn", { date: fmt.dateTime(run.confirmedAt) })}</p> : null}

      {draft ? (
        <Card className="mb-6">
          <h2 className="mb-1 text-xl font-bold">{t("run.warningsTitle")}</h2>
          <p className="mb-3 text-sm text-muted">{t("run.warningsLead")}</p>
          {warnings.length === 0 ? (
            <p>{t("run.noWarnings")}</p>
          ) : (
            <ul className="space-y-2">
              {warnings.map((w) => (
                <li key={w.clientId}>
                  <Alert tone={w.meters.some((m) => m.meter?.level === "over") ? "danger" : "warn"}>
                    <span className="font-semibold">{w.workerName}</span>:{" "}
                    {w.meters
                      .map((m) => `${m.slot.kind === "YEL_COMMISSION_INCOME" ? t("run.limitYel") : t("run.limitBenefit")} – ${t(`run.level.${m.meter!.level === "over" ? "over" : "close"}`, { percent: m.meter!.percent })}`)
                      .join("; ")}
                  </Alert>
                </li>
              ))}
            </ul>
          )}
        </Card>
      ) : null}

      <h2 className="mb-3 text-xl font-bold">{t("run.linesTitle")}</h2>
      {run.lines.length === 0 ? (
        <EmptyState>{t("run.noLines")}</EmptyState>
      ) : (
        <DataTable<Line>
          label={t("run.linesLabel")}
          rows={run.lines}
          rowKey={(l) => l.id}
          columns={[
            { header: t("run.worker"), cell: (l) => l.workerName, className: "font-semibold" },
            { header: t("run.unit"), cell: (l) => l.client.unit.name },
            { header: t("run.kind"), cell: (l) => t(`kind.${l.kind}`) },
            { header: t("run.hours"), cell: (l) => fmt.minutes(l.minutes), className: "text-right" },
            { header: t("run.gross"), cell: (l) => fmt.euros(l.grossCents), className: "text-right" },
            { header: t("run.sideCosts"), cell: (l) => fmt.euros(l.sideCostsCents), className: "text-right" },
            { header: t("run.withholdingRate"), cell: (l) => (l.taxCardRecorded ? fmt.rate(l.withholdingBp) : `${fmt.rate(l.withholdingBp)} (${t("run.noTaxCard")})`), className: "text-right" },
            { header: t("run.withholding"), cell: (l) => fmt.euros(l.withholdingCents), className: "text-right" },
            { header: t("run.net"), cell: (l) => fmt.euros(l.netCents), className: "text-right font-semibold" },
            { header: t("run.account"), cell: (l) => (l.ibanEnding ? `…${l.ibanEnding}` : <Badge tone="warn">{t("run.noAccount")}</Badge>) },
            ...(draft
              ? []
              : [
                  {
                    header: t("run.statement"),
                    cell: (l: Line) => (
                      <a className="font-semibold text-brand-700 underline" href={`/client/money/statements/${l.id}/pdf`}>
                        PDF<span className="sr-only">: {l.workerName}</span>
                      </a>
                    ),
                  },
                ]),
          ]}
        />
      )}

      {corrected.length ? (
        <section className="mt-6" aria-labelledby="corrected">
          <h2 id="corrected" className="mb-1 text-xl font-bold">
            {t("run.correctedTitle")}
          </h2>
          <p className="mb-2 text-sm text-muted">{t("run.correctedLead")}</p>
          <ul className="text-sm">
            {corrected.map((g) => (
              <li key={g.gigId}>
                {fmt.day(g.workDate)} · {g.firstName} {g.lastName} ·{" "}
                {t("run.correctedRow", { paid: fmt.minutes(g.paidMinutes), approved: fmt.minutes(g.approvedMinutes ?? 0) })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {partnerGigs.length ? (
        <section className="mt-6" aria-labelledby="partner">
          <h2 id="partner" className="mb-1 text-xl font-bold">
            {t("run.partnerTitle")}
          </h2>
          <p className="mb-2 text-sm text-muted">{t("run.partnerLead")}</p>
          <ul className="text-sm">
            {partnerGigs.map((g) => (
              <li key={g.id}>
                {fmt.date(g.startsAt)} · {g.client.firstName} {g.client.lastName} · {g.order.title} · {fmt.minutes(g.approvedMinutes ?? 0)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <Card className="mt-6">{draft ? <DraftControls payRunId={run.id} /> : can(user, "payroll.export", { jobcenterId: run.jobcenterId }) ? <ExportButton payRunId={run.id} /> : null}</Card>
    </>
  );
}
