"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { TextField } from "@/components/ui/Field";
import { fieldMaxLength } from "@/lib/schema";
import { clientSignInSchema, staffSignInSchema } from "../schema";
import { useAppFormatter } from "@/i18n/useAppFormatter";
import { TextLink } from "@/components/ui/Text";
import { callAction } from "@/components/ui/useAction";
import { applyAccountLocale } from "@/i18n/actions";
import { LOCALE_COOKIE } from "@/i18n/config";

type Mode = "client" | "staff";

export function SignInForms({ initialMode = "client" }: { initialMode?: Mode }) {
  const t = useTranslations("auth");
  const te = useTranslations("errors");
  const fmt = useAppFormatter();
  const router = useRouter();
  const [mode, setMode] = useState<Mode>(initialMode);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    let result: Awaited<ReturnType<typeof signIn>>;
    try {
      result =
        mode === "client"
          ? await signIn("client", { username: form.get("username"), pin: form.get("pin"), redirect: false })
          : await signIn("staff", { email: form.get("email"), password: form.get("password"), redirect: false });
    } catch {
      // A lost connection must not leave the button disabled: say what to do instead.
      setError(te("NETWORK"));
      return;
    } finally {
      setPending(false);
    }
    if (result?.ok && !result.error) {
      // A phone without a language choice yet takes the account's saved one (issue 14).
      if (!document.cookie.split("; ").some((c) => c.startsWith(`${LOCALE_COOKIE}=`))) await callAction(applyAccountLocale, {});
      router.push("/home");
      router.refresh();
    } else {
      // authorize() answers "CODE" or "CODE:seconds to wait" (options.ts).
      const [code, seconds] = (result?.error ?? "").split(":");
      const wait = seconds ? fmt.minutes(Math.ceil(Number(seconds) / 60)) : null;
      if (code === "RATE_LIMITED") setError(wait ? t("errorLocked", { wait }) : te("RATE_LIMITED"));
      else if (code === "EMAIL_UNVERIFIED") setError(t("errorEmailUnverified"));
      // a client is told what to do in plain words (issue 14); staff keep the neutral text
      else if (mode === "client") setError(wait ? t("errorInvalidClientWait", { wait }) : t("errorInvalidClient"));
      else setError(wait ? t("errorInvalidWait", { wait }) : t("errorInvalid"));
    }
  }

  return (
    <div>
      <div role="tablist" aria-label={t("chooseWay")} className="mb-6 grid grid-cols-2 gap-2">
        {(["client", "staff"] as const).map((m) => (
          <button
            key={m}
            type="button"
            role="tab"
            id={`tab-${m}`}
            aria-selected={mode === m}
            aria-controls="signin-panel"
            // The ARIA tabs pattern: one tab stop, arrows (and Home/End) move between the tabs.
            tabIndex={mode === m ? 0 : -1}
            onKeyDown={(e) => {
              if (!["ArrowLeft", "ArrowRight", "Home", "End"].includes(e.key)) return;
              e.preventDefault();
              const next = e.key === "Home" ? "client" : e.key === "End" ? "staff" : m === "client" ? "staff" : "client";
              setMode(next);
              setError(null);
              document.getElementById(`tab-${next}`)?.focus();
            }}
            onClick={() => {
              setMode(m);
              setError(null);
            }}
            className={`min-h-14 rounded-lg border-2 px-3 text-lg font-semibold ${mode === m ? "border-brand-600 bg-brand-600 text-white" : "border-gray-300 bg-white text-brand-700"}`}
          >
            {m === "client" ? t("tabClient") : t("tabStaff")}
          </button>
        ))}
      </div>
      <div id="signin-panel" role="tabpanel" aria-labelledby={`tab-${mode}`}>
        <form onSubmit={submit} noValidate>
          {mode === "client" ? (
            <>
              <p className="mb-4 text-lg">{t("clientHelp")}</p>
              <TextField id="username" label={t("username")} maxLength={fieldMaxLength(clientSignInSchema, "username")} autoComplete="username" autoCapitalize="none" required className="mt-1 block w-full min-h-14 rounded-lg border border-gray-400 px-3 text-lg" />
              <TextField id="pin" label={t("pin")} type="password" inputMode="numeric" autoComplete="current-password" required className="mt-1 block w-full min-h-14 rounded-lg border border-gray-400 px-3 text-lg tracking-widest" />
            </>
          ) : (
            <>
              <TextField id="email" label={t("email")} type="email" autoComplete="email" required />
              <TextField id="password" label={t("password")} maxLength={fieldMaxLength(staffSignInSchema, "password")} type="password" autoComplete="current-password" required />
            </>
          )}
          {error ? (
            <div className="mb-4">
              <Alert tone="danger">{error}</Alert>
            </div>
          ) : null}
          <Button type="submit" size="lg" disabled={pending}>
            {pending ? t("signingIn") : t("signIn")}
          </Button>
          {mode === "staff" ? (
            <p className="mt-4">
              <TextLink href="/signin/forgot">{t("forgotLink")}</TextLink>
            </p>
          ) : null}
        </form>
      </div>
    </div>
  );
}
