"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/Card";
import { Button } from "@/components/ui/Button";

/** A one-time link (invitation or reset) shown to the admin, with a copy button. */
export function LinkOnce({ path, message, note }: { path: string; message: string; note?: string }) {
  const t = useTranslations("admin.user");
  const [copied, setCopied] = useState(false);
  // Shown only after an action in the browser, never rendered on the server.
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  const url = `${origin}${path}`;
  return (
    <Alert tone="ok">
      <p className="font-semibold">{message}</p>
      <p className="mt-2 break-all font-mono text-sm" data-testid="one-time-link">
        {url}
      </p>
      {note ? <p className="mt-1 text-sm">{note}</p> : null}
      <Button
        type="button"
        variant="secondary"
        className="mt-2"
        onClick={async () => {
          await navigator.clipboard?.writeText(url);
          setCopied(true);
        }}
      >
        {t("copy")}
      </Button>
      <span aria-live="polite" className="ml-2">
        {copied ? t("copied") : ""}
      </span>
    </Alert>
  );
}
