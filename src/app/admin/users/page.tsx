import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/Button";
import { Badge, EmptyState, PageHeader } from "@/components/ui/Card";
import { DataTable } from "@/components/ui/DataTable";
import { TextLink } from "@/components/ui/Text";
import { membershipOrg } from "@/features/admin/format";
import { listUsers } from "@/features/admin/queries";
import { staffRoleSchema, userSearchSchema } from "@/features/admin/schema";
import { fieldMaxLength } from "@/lib/schema";
import { requirePermission } from "@/server/page";

const ROLES = staffRoleSchema.options;

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ q?: string; role?: string }> }) {
  const { db } = await requirePermission("user.manage");
  const t = await getTranslations("admin");
  const tr = await getTranslations("common.roles");
  const { q, role } = await searchParams;
  const roleFilter = staffRoleSchema.safeParse(role).data;
  const users = await listUsers(db, { q: userSearchSchema.safeParse(q).data ?? undefined, role: roleFilter });
  return (
    <>
      <PageHeader title={t("users.title")} lead={t("users.lead")} actions={<LinkButton href="/admin/users/new">{t("users.invite")}</LinkButton>} />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3" role="search">
        <div>
          <label htmlFor="q" className="block font-semibold">
            {t("users.search")}
          </label>
          <input id="q" name="q" defaultValue={q ?? ""} maxLength={fieldMaxLength(userSearchSchema, "")} className="mt-1 min-h-11 rounded-lg border border-gray-400 px-3" />
        </div>
        <div>
          <label htmlFor="role" className="block font-semibold">
            {t("users.roleFilter")}
          </label>
          <select id="role" name="role" defaultValue={roleFilter ?? ""} className="mt-1 min-h-11 rounded-lg border border-gray-400 bg-white px-3">
            <option value="">{t("users.allRoles")}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {tr(r)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded-lg bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700">
          {t("users.filter")}
        </button>
      </form>
      {users.length === 0 ? (
        <EmptyState>{t("users.none")}</EmptyState>
      ) : (
        <DataTable
          label={t("users.title")}
          rows={users}
          rowKey={(u) => u.id}
          columns={[
            { header: t("users.name"), cell: (u) => <TextLink href={`/admin/users/${u.id}`}>{u.name}</TextLink> },
            { header: t("users.email"), cell: (u) => u.email, className: "break-all" },
            {
              header: t("users.roles"),
              cell: (u) =>
                u.memberships.length === 0 ? (
                  <span className="text-muted">{t("users.noRoles")}</span>
                ) : (
                  <ul>
                    {u.memberships.map((m) => (
                      <li key={m.id}>
                        {tr(m.role)}
                        {membershipOrg(m) ? `: ${membershipOrg(m)}` : ""}
                      </li>
                    ))}
                  </ul>
                ),
            },
            {
              header: t("users.state"),
              cell: (u) =>
                !u.active ? (
                  <Badge tone="danger">{t("users.inactive")}</Badge>
                ) : !u.passwordHash && !u.lastSignInAt ? (
                  <Badge tone="warn">{t("users.invited")}</Badge>
                ) : (
                  <Badge tone="ok">{t("users.active")}</Badge>
                ),
            },
          ]}
        />
      )}
    </>
  );
}
