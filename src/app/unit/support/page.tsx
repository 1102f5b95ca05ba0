import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import Link from "next/link";
import { Alert, Card, EmptyState, PageHeader } from "@/components/ui/Card";
import { IssueSignInForm } from "@/features/client-app/components/IssueSignInForm";
import { listUnitClientsForSupport } from "@/features/client-app/queries";
import { FORGOTTEN_CHECKOUT_HOURS, isForgottenCheckOut, isUnansweredOffer, UNANSWERED_OFFER_HOURS } from "@/features/client-app/rules";
import { requireRole } from "@/server/page";

export async function generateMetadata() {
  const t = await getTranslations("client.support");
  return { title: t("title") };
}

// Unit staff: who has not answered an offer, forgotten check-outs, sign-ins, and support mode.
export default async function Page() {
  const { db, user, now } = await requireRole("UNIT_STAFF");
  const unitIds = user.grants.filter((g) => g.role === "UNIT_STAFF" && g.unitId).map((g) => g.unitId!);
  const clients = await listUnitClientsForSupport(db, unitIds);
  const t = await getTranslations("client.support");
  const fmt = await getAppFormatter();
  const at = now();
  const unanswered = clients.flatMap((c) => c.gigs.filter((g) => isUnansweredOffer(g, at)).map((g) => ({ c, g })));
  const forgotten = clients.flatMap((c) => c.gigs.filter((g) => isForgottenCheckOut(g, at)).map((g) => ({ c, g })));
  const name = (c: (typeof clients)[number]) => `${c.firstName} ${c.lastName}`;
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <div className="mb-8 grid gap-4 md:grid-cols-2">
        <section aria-labelledby="unanswered">
          <h2 id="unanswered" className="mb-1 text-xl font-bold">
            {t("unanswered")}
          </h2>
          <p className="mb-3 text-muted">{t("unansweredLead", { hours: UNANSWERED_OFFER_HOURS })}</p>
          {unanswered.length ? (
            <ul className="space-y-2">
              {unanswered.map(({ c, g }) => (
                <li key={g.id} className="rounded-lg border border-amber-300 bg-amber-50 p-3">
                  <Link href={`/unit/support/${c.id}/gigs/${g.id}`} className="font-semibold text-brand-700 underline">
                    {name(c)}: {g.order.title}
                  </Link>
                  <p>{fmt.weekdayDate(g.startsAt)}</p>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState>{t("noIssues")}</EmptyState>
          )}
        </section>
        <section aria-labelledby="forgotten">
          <h2 id="forgotten" className="mb-1 text-xl font-bold">
            {t("forgotten")}
          </h2>
          <p className="mb-3 text-muted">{t("forgottenLead", { hours: FORGOTTEN_CHECKOUT_HOURS })}</p>
          {forgotten.length ? (
            <ul className="space-y-2">
              {forgotten.map(({ c, g }) => (
                <li key={g.id} className="rounded-lg border border-red-300 bg-red-50 p-3">
                  <p className="font-semibold">
                    {name(c)}: {g.order.title}
                  </p>
                  <p>{fmt.dateTime(g.startsAt)}</p>
                  <Link href={`/unit/support/${c.id}/gigs/${g.id}`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
                    {t("correctHours")}
                    <span className="sr-only">
                      : {name(c)}, {g.order.title}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState>{t("noIssues")}</EmptyState>
          )}
        </section>
      </div>

      <section aria-labelledby="clients">
        <h2 id="clients" className="mb-3 text-xl font-bold">
          {t("clients")}
        </h2>
        {clients.length ? (
          <ul className="grid gap-4 md:grid-cols-2">
            {clients.map((c) => (
              <Card as="li" key={c.id}>
                <h3 className="text-lg font-bold">{name(c)}</h3>
                <p className="mb-2 text-muted">
                  {c.user?.clientUsername
                    ? `${t("username")}: ${c.user.clientUsername} · ${c.user.lastSignInAt ? t("lastSignIn", { date: fmt.dateTime(c.user.lastSignInAt) }) : t("neverSignedIn")}`
                    : t("noSignIn")}
                </p>
                <p className="mb-3">
                  <Link href={`/unit/support/${c.id}`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
                    {t("openSupport", { name: name(c) })}
                  </Link>
                </p>
                <details>
                  <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand-700">{t("issueTitle")}</summary>
                  <div className="pt-2">
                    <IssueSignInForm
                      clientId={c.id}
                      username={c.user?.clientUsername ?? null}
                      suggestion={c.firstName
                        .toLowerCase()
                        .normalize("NFD")
                        .replace(/[^a-z0-9]/g, "")}
                    />
                  </div>
                </details>
              </Card>
            ))}
          </ul>
        ) : (
          <Alert tone="info">{t("noClients")}</Alert>
        )}
      </section>
    </>
  );
}
