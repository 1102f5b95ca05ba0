import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { countUnread } from "@/features/notifications/queries";
import { UnreadLink } from "@/features/notifications/components/UnreadLink";
import { getContext } from "@/server/context";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { SignOutButton, SignOutEverywhereButton } from "./SignOutButton";

export interface NavItem {
  href: string;
  label: string;
}

/** The frame of every signed-in page: header with the person, navigation, language, sign-out. */
export async function AppShell({
  children,
  nav = [],
  userName,
  roleLabel,
  narrow = false,
}: {
  children: ReactNode;
  nav?: NavItem[];
  userName?: string;
  roleLabel?: string;
  /** phone-first single column (the client's pages) */
  narrow?: boolean;
}) {
  const t = await getTranslations("common");
  // One indexed count per page for the header's badge (ADR 044).
  const ctx = userName ? await getContext() : null;
  const unread = ctx?.user ? await countUnread(ctx.db, ctx.user.userId) : null;
  return (
    <div className="min-h-screen">
      <header className="border-b border-gray-200 bg-white">
        <div className={`mx-auto flex flex-wrap items-center justify-between gap-2 px-4 py-2 ${narrow ? "max-w-xl" : "max-w-6xl"}`}>
          <Link href="/home" className="text-xl font-bold text-brand-700">
            {t("appName")}
          </Link>
          <div className="flex flex-wrap items-center gap-2">
            {userName ? (
              <p className="text-sm text-muted">
                <span className="font-semibold text-ink">{userName}</span>
                {roleLabel ? ` · ${roleLabel}` : null}
              </p>
            ) : null}
            {unread !== null ? <UnreadLink initial={unread} /> : null}
            <LanguageSwitcher />
            {userName ? <SignOutButton /> : null}
            {userName ? <SignOutEverywhereButton /> : null}
          </div>
        </div>
        {nav.length > 0 ? (
          <nav aria-label={t("mainNav")} className={`mx-auto px-4 ${narrow ? "max-w-xl" : "max-w-6xl"}`}>
            <ul className="flex flex-wrap gap-1 pb-2">
              {nav.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="inline-flex min-h-11 items-center rounded-md px-3 font-semibold text-brand-700 hover:bg-brand-50">
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" className={`mx-auto px-4 py-6 ${narrow ? "max-w-xl" : "max-w-6xl"}`}>
        {children}
      </main>
    </div>
  );
}
