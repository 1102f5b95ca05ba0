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
// The phone's saved copy of the next gig and its queue belong to the person signing out (ADR 080).
async function forgetThisPhone() {
  try {
    navigator.serviceWorker?.controller?.postMessage({ type: "sign-out" });
    await caches?.delete("tasmatyo-offline-v1");
    const { clearQueue } = await import("@/features/client-app/offline/queue");
    await clearQueue();
  } catch {
    // nothing saved, or storage unavailable
  }
}

async function signOutHere() {
  await forgetThisPhone();
  await signOutTo("/");
}

const icon = (
  <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
    <path d="M15 4h3a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-3M10 17l-5-5 5-5M5 12h11" />
  </svg>
);

/** Sign-out; with `confirm` (the client's phone) it asks first, so a slip of the thumb does not end the session. */
export function SignOutButton({ confirm = false }: { confirm?: boolean }) {
  const t = useTranslations("common");
  const [asking, setAsking] = useState(false);
  if (confirm && asking) {
    return (
      <div role="group" aria-labelledby="sign-out-question" className="rounded-md border border-gray-300 p-2">
        <p id="sign-out-question" className="mb-1 font-semibold">
          {t("signOutQuestion")}
        </p>
        <div className="flex flex-wrap gap-1">
          <button type="button" autoFocus onClick={() => void signOutHere()} className={buttonClass}>
            {icon}
            {t("signOutYes")}
          </button>
          <button type="button" onClick={() => setAsking(false)} className={buttonClass}>
            {t("signOutNo")}
          </button>
        </div>
      </div>
    );
  }
  return (
    <button type="button" onClick={() => (confirm ? setAsking(true) : void signOutHere())} className={buttonClass}>
      {icon}
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
            if (r.ok) await signOutHere();
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
