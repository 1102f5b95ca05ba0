"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

/** How often an open, visible page asks for the unread count: one indexed count per person. */
const POLL_MS = 20_000;

/**
 * The header's "Notifications" link with its unread count (ADR 044). The count follows new
 * notifications while the page is open: asked every 20 s while the tab is visible, and at once
 * when it becomes visible again; a hidden tab asks nothing (so a phone in a pocket does not keep
 * a client's session awake, ADR 052).
 */
export function UnreadLink({ initial }: { initial: number }) {
  const t = useTranslations("notifications.header");
  // A polled count belongs to the server's count it followed: a new page (a new `initial`) wins.
  const [polled, setPolled] = useState<{ after: number; count: number } | null>(null);
  const unread = polled && polled.after === initial ? polled.count : initial;
  useEffect(() => {
    let stopped = false;
    const ask = async () => {
      if (document.visibilityState !== "visible") return;
      try {
        const res = await fetch("/api/notifications/unread", { cache: "no-store" });
        if (!res.ok || stopped) return;
        const body = (await res.json()) as { count?: unknown };
        if (typeof body.count === "number") setPolled({ after: initial, count: body.count });
      } catch {
        // offline for a moment: the next tick asks again
      }
    };
    const timer = setInterval(ask, POLL_MS);
    document.addEventListener("visibilitychange", ask);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", ask);
    };
  }, [initial]);
  return (
    <Link
      href="/notifications"
      className="inline-flex min-h-11 items-center gap-1 rounded-md px-3 font-semibold text-brand-700 hover:bg-brand-50"
      aria-label={unread > 0 ? `${t("nav")}: ${t("unreadBadge", { count: unread })}` : t("nav")}
    >
      {t("nav")}
      {unread > 0 ? (
        <span data-testid="unread-count" className="rounded-full bg-brand-700 px-2 text-sm text-white">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
