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
  compact = false,
}: {
  children: ReactNode;
  nav?: NavItem[];
  userName?: string;
  roleLabel?: string;
  /** phone-first single column (the client's pages) */
  narrow?: boolean;
  /** the client's phone: a one-row header with a menu (implies narrow) */
  compact?: boolean;
}) {
  const t = await getTranslations("common");
  // One indexed count per page for the header's badge (ADR 044).
  const ctx = userName ? await getContext() : null;
  const unread = ctx?.user ? await countUnread(ctx.db, ctx.user.userId) : null;
  // The polling link (ADR 044, 047): a client on a phone sees a new offer without reloading.
  const unreadLink = unread !== null ? <UnreadLink initial={unread} /> : null;
  if (compact) {
    // The phone: one short row (name of the app, messages, a menu), so the page's own question
    // is on the first screen at 320 x 640 (issue 14). Everything else is inside the menu.
    // overflow-wrap: anywhere is inherited, and unlike break-word it lets a long Finnish word
    // ("työhistoria", "keskiviikkona") break inside buttons and flex rows at 200 % text on 320 px;
    // min-width 0 on every flex and grid item lets rows and date fields shrink to the screen.
    return (
      <div className="min-h-screen [overflow-wrap:anywhere] [&_*]:min-w-0">
        <header className="relative border-b border-gray-200 bg-white">
          <div className="mx-auto flex max-w-xl flex-wrap items-center justify-between gap-x-2 px-4 py-1">
            <Link href="/home" className="text-xl font-bold text-brand-700">
              {t("appName")}
            </Link>
            <div className="flex flex-wrap items-center gap-1">
              {unreadLink}
              <details className="group">
                <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-1 rounded-md px-3 font-semibold text-brand-700 hover:bg-brand-50">
                  <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
                    <path d="M4 6h16M4 12h16M4 18h16" />
                  </svg>
                  {t("menu")}
                </summary>
                <div className="absolute right-0 left-0 z-20 mx-auto max-w-xl border-b border-gray-200 bg-white px-4 pb-3 shadow-md">
                  {userName ? (
                    <p className="py-2 text-muted">
                      <span className="font-semibold text-ink">{userName}</span>
                      {roleLabel ? ` · ${roleLabel}` : null}
                    </p>
                  ) : null}
                  {nav.length > 0 ? (
                    <nav aria-label={t("mainNav")}>
                      <ul className="pb-2">
                        {nav.map((item) => (
                          <li key={item.href}>
                            <Link href={item.href} className="flex min-h-11 items-center rounded-md px-3 font-semibold text-brand-700 hover:bg-brand-50">
                              {item.label}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    </nav>
                  ) : null}
                  <LanguageSwitcher />
                  {userName ? (
                    <div className="mt-2 flex flex-col items-start gap-1">
                      <SignOutButton confirm />
                      <SignOutEverywhereButton />
                    </div>
                  ) : null}
                </div>
              </details>
            </div>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-xl px-4 pt-3 pb-6">
          {children}
        </main>
      </div>
    );
  }
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
            {unreadLink}
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
