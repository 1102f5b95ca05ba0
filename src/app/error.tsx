"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button, buttonClass } from "@/components/ui/Button";

// A client component (error boundaries must be): the root layout, its language and its
// messages are still there, so the text comes from the same message files as every page.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("common.errorPages");
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-10">
      <h1 className="text-2xl font-bold">{t("errorTitle")}</h1>
      <p className="mt-2 mb-6">{t("errorText")}</p>
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={() => retry()}>
          {t("tryAgain")}
        </Button>
        <Link href="/" className={buttonClass("secondary")}>
          {t("backHome")}
        </Link>
      </div>
      {digest ? <p className="mt-6 text-sm text-muted">{digest}</p> : null}
    </main>
  );
}
