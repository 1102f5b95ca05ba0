import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import { notFound } from "next/navigation";
import { Alert, Badge, Card, PageHeader } from "@/components/ui/Card";
import { SectionHeading } from "@/components/ui/Text";
import { AccountActions, AddMembershipForm, RemoveMembershipButton, UserEditForm } from "@/features/admin/components/UserForms";
import { membershipOrg } from "@/features/admin/format";
import { getUserDetail, organisationOptions } from "@/features/admin/queries";
import { requirePermission } from "@/server/page";
import { SignInThrottleCard } from "@/features/auth/components/SignInThrottleCard";
import { accountThrottleStatus } from "@/features/auth/queries";

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const { db } = await requirePermission("user.manage");
  const { id } = await params;
  const user = await getUserDetail(db, id);
  if (!user) notFound();
  const t = await getTranslations("admin");
  const tr = await getTranslations("common.roles");
  const fmt = await getAppFormatter();
  const options = await organisationOptions(db);
  const now = new Date();
  const pending = user.authTokens.filter((tk) => tk.expiresAt > now);
  const signInThrottle = await accountThrottleStatus(db, user.id, now);
  return (
    <>
      <PageHeader
        title={user.name}
        lead={user.email ?? undefined}
        actions={!user.active ? <Badge tone="danger">{t("users.inactive")}</Badge> : !user.passwordHash && !user.lastSignInAt ? <Badge tone="warn">{t("users.invited")}</Badge> : <Badge tone="ok">{t("users.active")}</Badge>}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <SectionHeading>{t("user.details")}</SectionHeading>
          <UserEditForm user={{ id: user.id, name: user.name, phone: user.phone }} />
        </Card>
        <Card>
          <SectionHeading>{t("user.account")}</SectionHeading>
          <p className="mb-3">
            {t("user.lastSignIn")}: {user.lastSignInAt ? fmt.dateTime(user.lastSignInAt) : t("user.never")}
          </p>
          {pending.map((tk) => (
            <div key={`${tk.kind}-${tk.createdAt.toISOString()}`} className="mb-3">
              <Alert tone="info">{t(tk.kind === "INVITE" ? "user.pendingInvite" : "user.pendingReset", { date: fmt.dateTime(tk.expiresAt) })}</Alert>
            </div>
          ))}
          <AccountActions user={{ id: user.id, active: user.active, hasPassword: !!user.passwordHash || !!user.lastSignInAt }} />
        </Card>
        <SignInThrottleCard userId={user.id} status={signInThrottle} />
        <Card className="lg:col-span-2">
          <SectionHeading>{t("user.roles")}</SectionHeading>
          {user.memberships.length === 0 ? (
            <p className="mb-4 text-muted">{t("users.noRoles")}</p>
          ) : (
            <ul className="mb-6 divide-y divide-gray-200">
              {user.memberships.map((m) => (
                <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    <span className="font-semibold">{tr(m.role)}</span>
                    {membershipOrg(m) ? ` · ${membershipOrg(m)}` : ""}
                  </span>
                  <RemoveMembershipButton membershipId={m.id} label={t("membership.removeLabel", { role: tr(m.role), org: membershipOrg(m) || "-" })} />
                </li>
              ))}
            </ul>
          )}
          <h3 className="mb-2 text-lg font-semibold">{t("membership.add")}</h3>
          <div className="max-w-xl">
            <AddMembershipForm userId={user.id} options={options} />
          </div>
        </Card>
      </div>
    </>
  );
}
