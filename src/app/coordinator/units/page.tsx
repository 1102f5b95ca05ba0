import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/Card";
import { can } from "@/features/auth/permissions";
import { jobcenterCoordinators, unitDirectory } from "@/features/people/queries";
import { requireRole } from "@/server/page";

type Contact = { name: string; phone: string | null; email: string | null };

export default async function Page({ searchParams }: { searchParams: Promise<{ afterName?: string; afterId?: string }> }) {
  const { db, user } = await requireRole("COORDINATOR");
  const t = await getTranslations("people.directory");
  const sp = await searchParams;
  const after = typeof sp.afterName === "string" && typeof sp.afterId === "string" ? { name: sp.afterName.slice(0, 200), id: sp.afterId.slice(0, 64) } : null;
  const jobcenterIds = user.grants.filter((g) => g.role === "COORDINATOR" && g.jobcenterId && can(user, "unitDirectory.read", { jobcenterId: g.jobcenterId })).map((g) => g.jobcenterId!);
  // A coordinator works for one Jobcenter; the first grant's is shown.
  const jobcenterId = jobcenterIds[0];
  const directory = jobcenterId ? await unitDirectory(db, jobcenterId, after) : { units: [], next: null };
  const coordinators = jobcenterId && !after ? await jobcenterCoordinators(db, jobcenterId) : [];
  const contact = (p: Contact) => t("contact", { name: p.name, contact: [p.phone, p.email].filter(Boolean).join(", ") || t("noContact") });
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {coordinators.length > 0 ? (
        <Card className="mb-6">
          <h2 className="mb-2 text-xl font-semibold">{t("coordinators")}</h2>
          <ul>
            {coordinators.map((c) => (
              <li key={c.user.id}>{contact(c.user)}</li>
            ))}
          </ul>
        </Card>
      ) : null}
      {directory.units.length === 0 ? (
        <Card>
          <EmptyState>{t("empty")}</EmptyState>
        </Card>
      ) : null}
      <ul className="grid gap-6 lg:grid-cols-2">
        {directory.units.map((u) => (
          <Card as="li" key={u.id}>
            <h2 className="text-xl font-semibold">
              {u.name} {u.active ? null : <Badge tone="warn">{t("inactive")}</Badge>}
            </h2>
            <p className="text-muted">{[u.area, u.phone, u.email].filter(Boolean).join(" · ")}</p>
            <p className="mb-2">{t("activeClients", { count: u.activeClients })}</p>
            <h3 className="font-semibold">{t("staff")}</h3>
            {u.staff.length === 0 ? <p className="text-muted">{t("noStaff")}</p> : null}
            <ul>
              {u.staff.map((s) => (
                <li key={s.id}>{contact(s)}</li>
              ))}
            </ul>
          </Card>
        ))}
      </ul>
      <nav className="mt-6 flex gap-4">
        {after ? (
          <Link href="/coordinator/units" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
            {t("first")}
          </Link>
        ) : null}
        {directory.next ? (
          <Link
            href={`/coordinator/units?${new URLSearchParams({ afterName: directory.next.name, afterId: directory.next.id }).toString()}`}
            className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
          >
            {t("next")}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
