import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import { Card, EmptyState, PageHeader } from "@/components/ui/Card";
import { SignCertificateButton } from "@/features/certificates/components/SignCertificateButton";
import { listRequestsForJobcenters, loadCertificateSource } from "@/features/certificates/queries";
import { requireRole } from "@/server/page";

export async function generateMetadata() {
  const t = await getTranslations("client.certificates");
  return { title: t("title") };
}

// The coordinator signs the work certificates that clients (or their unit staff) asked for.
export default async function Page() {
  const { db, user } = await requireRole("COORDINATOR");
  const jobcenterIds = user.grants.filter((g) => g.role === "COORDINATOR" && g.jobcenterId).map((g) => g.jobcenterId!);
  const requests = await listRequestsForJobcenters(db, jobcenterIds);
  const pending = requests.filter((r) => !r.certificate);
  const signed = requests.filter((r) => r.certificate);
  const previews = await Promise.all(pending.map((r) => loadCertificateSource(db, r.clientId, r.periodStart, r.periodEnd)));
  const t = await getTranslations("client.certificates");
  const h = await getTranslations("client.history");
  const fmt = await getAppFormatter();
  const period = (r: (typeof requests)[number]) => h("period", { from: fmt.day(r.periodStart), to: fmt.day(r.periodEnd) });
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <section aria-labelledby="pending" className="mb-8">
        <h2 id="pending" className="mb-3 text-xl font-bold">
          {t("pendingTitle")}
        </h2>
        {pending.length ? (
          <ul className="grid gap-3 md:grid-cols-2">
            {pending.map((r, i) => {
              const name = `${r.client.firstName} ${r.client.lastName}`;
              const minutes = previews[i]!.gigs.reduce((a, g) => a + (g.approvedMinutes ?? 0), 0);
              return (
                <Card as="li" key={r.id}>
                  <p className="font-semibold">{name}</p>
                  <p className="text-muted">
                    {r.client.unit.name} · {period(r)}
                  </p>
                  <p>{t("gigCount", { count: previews[i]!.gigs.length, hours: fmt.minutes(minutes) })}</p>
                  <p className="mb-3 text-sm text-muted">{t("requestedOn", { date: fmt.date(r.createdAt) })}</p>
                  <SignCertificateButton requestId={r.id} clientName={name} />
                </Card>
              );
            })}
          </ul>
        ) : (
          <EmptyState>{t("noPending")}</EmptyState>
        )}
      </section>
      <section aria-labelledby="signed">
        <h2 id="signed" className="mb-3 text-xl font-bold">
          {t("signedTitle")}
        </h2>
        {signed.length ? (
          <ul className="divide-y divide-gray-200 rounded-xl border border-gray-200 bg-white">
            {signed.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 p-4">
                <span>
                  <span className="font-semibold">
                    {r.client.firstName} {r.client.lastName}
                  </span>{" "}
                  · {period(r)} · {h("signed", { date: fmt.date(r.certificate!.signedAt) })}
                </span>
                <a href={`/client/certificates/${r.certificate!.id}/pdf`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
                  {h("download")}
                  <span className="sr-only">
                    : {r.client.firstName} {r.client.lastName}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t("noSigned")}</EmptyState>
        )}
      </section>
    </>
  );
}
