"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { callAction } from "@/components/ui/useAction";
import { signOutEverywhere } from "@/features/auth/actions";
import { signOutTo } from "@/features/auth/sign-out";
import type { ActionResult } from "@/server/errors";

const buttonClass = "inline-flex min-h-11 items-center gap-1 rounded-md px-3 font-semibold text-brand-700 hover:bg-brand-50";

// next-auth's sign-out ends this session on the server too (events.signOut in auth/options.ts).
export function SignOutButton() {
  const t = useTranslations("common");
  return (
    <button type="button" onClick={() => void signOutTo("/")} className={buttonClass}>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M15 4h3a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-3M10 17l-5-5 5-5M5 12h11" />
      </svg>
      {t("signOut")}
    </button>
  );
}

/** Ends the person's sessions on every device, then this browser's cookie. */
export function SignOutEverywhereButton() {
  const t = useTranslations("common");
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, start] = useTransition();
  return (
    <>
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const r = await callAction(signOutEverywhere, {});
            setResult(r);
            if (r.ok) await signOutTo("/");
          })
        }
        className={`${buttonClass} text-sm`}
      >
        {t("signOutEverywhere")}
      </button>
      <ActionErrorAlert result={result} />
    </>
  );
}
