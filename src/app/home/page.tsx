import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AppShell } from "@/components/layout/AppShell";
import { Card } from "@/components/ui/Card";
import { homesFor } from "@/features/auth/home";
import { requireUser } from "@/server/page";

// After sign-in: straight to the person's home, or a choice when they hold several roles.
export default async function HomeRedirect() {
  const { user } = await requireUser();
  const homes = homesFor(user.grants);
  if (homes.length === 1) redirect(homes[0]!.href);
  const t = await getTranslations("common");
  return (
    <AppShell userName={user.name}>
      <h1 className="mb-4 text-2xl font-bold">{t("chooseRole")}</h1>
      {homes.length === 0 ? <p>{t("noRoles")}</p> : null}
      <ul className="grid gap-3 sm:grid-cols-2">
        {homes.map((h) => (
          <li key={h.role}>
            <Card as="div">
              <Link href={h.href} className="text-lg font-semibold text-brand-700 underline">
                {t(`roles.${h.role}`)}
              </Link>
            </Card>
          </li>
        ))}
      </ul>
    </AppShell>
  );
}
